import type { ReactNode } from 'react'
import { loadWorkspacePage } from '@/lib/context/workspace-page'

/**
 * Decides "not found" (another tenant's workspace, a made-up id) before the pages below
 * stream their loading skeleton: once a skeleton is sent the status can no longer be 404.
 */
export default async function WorkspaceLayout({ params, children }: { params: Promise<{ workspaceId: string }>; children: ReactNode }) {
  await loadWorkspacePage((await params).workspaceId)
  return children
}
