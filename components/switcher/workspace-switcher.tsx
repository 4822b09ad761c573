'use client'

import Link from 'next/link'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { usePopover } from '@/components/ui/use-popover'
import { useAction } from '@/components/actions/use-action'
import { ColorDot } from '@/components/ui/color-dot'
import type { SwitcherGroup } from '@/lib/switcher/groups'
import { switchWorkspaceAction } from '@/lib/switcher/server-actions'

interface Props {
  active: { id: string; name: string; color: string; tenantName: string }
  groups: SwitcherGroup[]
  /** Show tenant names (the user belongs to several tenants). */
  showTenants: boolean
}

/**
 * The active workspace at the top of the sidebar and, when there is more than one,
 * a filterable list to switch with the mouse or the keyboard (arrows, Enter, Escape).
 */
export function WorkspaceSwitcher({ active, groups, showTenants }: Props) {
  const { open, setOpen, close, button, rootProps } = usePopover()
  const [query, setQuery] = useState('')
  const [highlight, setHighlight] = useState(0)
  const { run, result, pending, reset } = useAction(switchWorkspaceAction)
  const error = result && !result.ok ? result.message : null
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()

  const total = groups.reduce((sum, group) => sum + group.workspaces.length, 0)
  const filtered = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return groups
      .map((group) => ({ ...group, workspaces: group.workspaces.filter((w) => !needle || w.name.toLowerCase().includes(needle)) }))
      .filter((group) => group.workspaces.length > 0)
  }, [groups, query])
  const options = filtered.flatMap((group) => group.workspaces)
  const createIn = groups.find((group) => group.canCreate && group.tenantName === active.tenantName)

  useEffect(() => {
    if (open) input.current?.focus()
  }, [open])

  const choose = (workspaceId: string) => {
    if (workspaceId === active.id) return close()
    reset()
    // On success the action redirects to the dashboard of the new workspace.
    void run({ workspaceId })
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setHighlight((current) => (options.length ? (current + step + options.length) % options.length : 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const option = options[highlight]
      if (option) choose(option.id)
    }
    // Escape is handled by the popover around it (usePopover).
  }

  const label = (
    <span className="flex min-w-0 items-center gap-2">
      <ColorDot color={active.color} />
      <span className="min-w-0">
        {showTenants && <span className="block truncate text-xs font-normal text-slate-600">{active.tenantName}</span>}
        {/* A space between the two lines: the button's text reads "Acme Corp Production", as its label does. */}{' '}
        <span className="block truncate" data-testid="active-workspace">
          {active.name}
        </span>
      </span>
    </span>
  )

  if (total <= 1) {
    return <div className="flex items-center px-2 py-1.5 text-base font-semibold text-slate-900">{label}</div>
  }

  return (
    // Closes once focus leaves the switcher (Tab past its last control, a click elsewhere) or on Escape.
    <div className="relative" {...rootProps}>
      <button
        ref={button}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => {
          setQuery('')
          setHighlight(
            Math.max(
              0,
              options.findIndex((o) => o.id === active.id),
            ),
          )
          setOpen((value) => !value)
        }}
        className="flex w-full items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-base font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {label}
        {/* Its name is its visible text and then what it does, so speech input can name it as seen. */}
        <span className="sr-only"> — Switch workspace</span>
        <span aria-hidden className="text-xs text-slate-500">
          {pending ? '…' : '▾'}
        </span>
      </button>
      {error && (
        <p role="alert" className="mt-1 px-2 text-xs text-red-700">
          {error}
        </p>
      )}
      {open && (
        <div
          className="absolute left-0 right-0 z-20 mt-1 rounded-lg border border-slate-200 bg-surface shadow-lg"
          // A click on an option must not take focus out of the switcher first (which closes it).
          onMouseDown={(event) => {
            if (event.target !== input.current) event.preventDefault()
          }}
        >
          <div className="border-b border-slate-100 p-2">
            <input
              ref={input}
              type="text"
              role="combobox"
              aria-label="Filter workspaces"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={options[highlight] ? `${listId}-${options[highlight]!.id}` : undefined}
              placeholder="Find a workspace…"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value)
                setHighlight(0)
              }}
              onKeyDown={onKeyDown}
              className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
            />
          </div>
          <ul id={listId} role="listbox" aria-label="Workspaces" className="max-h-72 overflow-y-auto py-1">
            {filtered.map((group) => (
              <li key={group.tenantId} role="presentation">
                {showTenants && (
                  <p className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500" aria-hidden>
                    {group.tenantName}
                  </p>
                )}
                <ul role="group" aria-label={group.tenantName}>
                  {group.workspaces.map((workspace) => {
                    const index = options.indexOf(workspace)
                    return (
                      <li
                        key={workspace.id}
                        id={`${listId}-${workspace.id}`}
                        role="option"
                        aria-selected={workspace.id === active.id}
                        onMouseEnter={() => setHighlight(index)}
                        onClick={() => choose(workspace.id)}
                        className={`flex cursor-pointer items-center gap-2 px-3 py-2 text-sm ${index === highlight ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800'}`}
                      >
                        <ColorDot color={workspace.color} size="sm" />
                        <span className="flex-1 truncate">{workspace.name}</span>
                        {workspace.isDefault && <span className="text-xs text-slate-700">default</span>}
                        {workspace.id === active.id && <span aria-hidden>✓</span>}
                      </li>
                    )
                  })}
                </ul>
              </li>
            ))}
            {options.length === 0 && <li className="px-3 py-3 text-sm text-slate-500">No workspace matches “{query}”.</li>}
          </ul>
          <div className="border-t border-slate-100 p-2">
            {createIn && (
              <Link
                href="/workspaces/new"
                onClick={() => setOpen(false)}
                className="block rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
              >
                + Create workspace
              </Link>
            )}
            <Link
              href="/organisations/new"
              onClick={() => setOpen(false)}
              className="block rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
            >
              + New organisation…
            </Link>
          </div>
        </div>
      )}
    </div>
  )
}
