'use client'

import { createContext, useContext, type ReactNode } from 'react'

const RenderedWorkspace = createContext<string | null>(null)

/** Tells every action below which active workspace this page was rendered for. */
export function RenderedWorkspaceProvider({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  return <RenderedWorkspace.Provider value={workspaceId}>{children}</RenderedWorkspace.Provider>
}

/** The workspace the page was rendered for; '' where the page shows none (the server compares it with the active one). */
export function useRenderedWorkspaceId(): string {
  return useContext(RenderedWorkspace) ?? ''
}
