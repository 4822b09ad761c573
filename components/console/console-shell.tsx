'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react'

const NARROW = '(max-width: 767px)'
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Keeps Tab and Shift+Tab inside the element: past its last control comes its first, and back. */
function wrapTab(event: KeyboardEvent<HTMLElement>) {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = controls[0]
  const last = controls[controls.length - 1]
  if (!first || !last) return
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  }
}

function subscribeToViewport(onChange: () => void) {
  const query = window.matchMedia(NARROW)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Whether the viewport is phone-sized (false on the server, which cannot know). */
function useNarrowViewport() {
  return useSyncExternalStore(
    subscribeToViewport,
    () => window.matchMedia(NARROW).matches,
    () => false,
  )
}

/**
 * The console's frame. From 768 px the sidebar sits beside the page; below, a top bar with
 * a menu button opens it as a drawer: focus moves into it and stays there (the page is
 * inert), Escape or a tap outside closes it, and focus returns to the menu button.
 */
export function ConsoleShell({ sidebar, place, children }: { sidebar: ReactNode; place: string; children: ReactNode }) {
  const narrow = useNarrowViewport()
  // The page the drawer was opened on: following a link in it (another page) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const drawer = useRef<HTMLDivElement>(null)
  const menuButton = useRef<HTMLButtonElement>(null)
  const pathname = usePathname()
  const open = openOn === pathname
  const drawerOpen = narrow && open

  // Set by close(): once the page is no longer inert, focus goes back to the menu button.
  const returnFocus = useRef(false)
  useEffect(() => {
    if (drawerOpen) drawer.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    else if (returnFocus.current) menuButton.current?.focus()
    returnFocus.current = false
  }, [drawerOpen])

  const close = () => {
    returnFocus.current = true
    setOpenOn(null)
  }

  return (
    <>
      <a
        inert={drawerOpen}
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-indigo-700 focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:outline-2 focus:outline-indigo-600"
      >
        Skip to content
      </a>
      <header
        className="sticky top-0 z-20 flex items-center gap-3 border-b border-slate-200 bg-surface px-4 py-3 md:hidden"
        inert={drawerOpen}
      >
        <button
          ref={menuButton}
          type="button"
          aria-expanded={drawerOpen}
          aria-controls="console-menu"
          onClick={() => setOpenOn(pathname)}
          className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          Menu
        </button>
        <span className="truncate text-sm font-medium text-slate-900">{place}</span>
      </header>
      <div className="md:flex md:min-h-screen">
        <div
          ref={drawer}
          id="console-menu"
          role={drawerOpen ? 'dialog' : undefined}
          aria-modal={drawerOpen || undefined}
          aria-label={drawerOpen ? 'Menu' : undefined}
          inert={narrow && !open}
          onKeyDown={(event) => {
            if (!drawerOpen) return
            if (event.key === 'Escape') close()
            if (event.key === 'Tab') wrapTab(event)
          }}
          className={`fixed inset-y-0 left-0 z-40 w-72 max-w-[85vw] transition-transform md:sticky md:top-0 md:h-screen md:w-64 md:translate-x-0 md:transition-none ${open ? 'translate-x-0' : '-translate-x-full'}`}
        >
          {sidebar}
          {drawerOpen && (
            <button
              type="button"
              onClick={close}
              className="absolute right-3 top-3 rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              Close
            </button>
          )}
        </div>
        {drawerOpen && <div aria-hidden className="fixed inset-0 z-30 bg-slate-900/40" onClick={close} />}
        <main id="main" tabIndex={-1} inert={drawerOpen} className="min-w-0 flex-1 px-4 py-6 outline-none md:px-8 md:py-8">
          {/* One content width for every page. */}
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </>
  )
}
