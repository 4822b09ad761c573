'use client'

import Link from 'next/link'
import { useId } from 'react'
import { usePopover } from '@/components/ui/use-popover'
import type { Theme } from '@/lib/theme'
import { ThemeChoice } from './theme-choice'

/**
 * The signed-in person at the foot of the sidebar; it opens their menu: who they are, their
 * account page, the theme, and sign out. Closes on Escape (focus back on its button) or when focus leaves it.
 */
export function UserMenu({ name, email, theme, signOut }: { name: string; email: string; theme: Theme; signOut: () => Promise<void> }) {
  const { open, setOpen, button, rootProps } = usePopover()
  const panelId = useId()

  return (
    <div className="relative" {...rootProps}>
      {open && (
        <div
          id={panelId}
          className="absolute inset-x-0 bottom-full mb-2 space-y-3 rounded-lg border border-slate-200 bg-surface p-3 shadow-lg"
          // A click inside must not take focus out of the menu first (which closes it).
          onMouseDown={(event) => event.preventDefault()}
        >
          <p className="truncate text-xs text-slate-600">Signed in as {email}</p>
          <Link
            href="/account"
            onClick={() => setOpen(false)}
            className="block rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            Your account
          </Link>
          <Link
            href="/organisations/new"
            onClick={() => setOpen(false)}
            className="block rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            New organisation…
          </Link>
          <ThemeChoice initial={theme} />
          <form action={signOut} className="border-t border-slate-100 pt-3">
            <button
              type="submit"
              className="w-full rounded-md px-2 py-1.5 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              Sign out
            </button>
          </form>
        </div>
      )}
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <span
          aria-hidden
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold text-white"
        >
          {initials(name)}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-slate-900">{name}</span>
          <span className="block truncate text-xs text-slate-600">{email}</span>
        </span>
        <span className="sr-only">Account, theme and sign out</span>
        <span aria-hidden className="text-xs text-slate-500">
          {open ? '▾' : '▴'}
        </span>
      </button>
    </div>
  )
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/)
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?'
}
