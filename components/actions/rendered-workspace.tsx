'use client'

import { createContext, useContext, useEffect, type ReactNode } from 'react'

const RenderedWorkspace = createContext<string | null>(null)

// The workspace the tab shows now, for calls made after the component that started them is
// gone (a toast's Undo): the page may have re-rendered for another active workspace since.
let shownNow = ''

/** Tells every action below which active workspace this page was rendered for. */
export function RenderedWorkspaceProvider({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  useEffect(() => {
    shownNow = workspaceId
  }, [workspaceId])
  return <RenderedWorkspace.Provider value={workspaceId}>{children}</RenderedWorkspace.Provider>
}

/** The workspace the page was rendered for; '' where the page shows none (the server compares it with the active one). */
export function useRenderedWorkspaceId(): string {
  return useContext(RenderedWorkspace) ?? ''
}

/** The workspace the tab shows at this moment (outside React's render, e.g. in a toast's button). */
export function workspaceShownNow(): string {
  return shownNow
}
