'use client'

import { switchWorkspaceAction } from '@/lib/switcher/server-actions'
import { WorkspaceActionButton } from './workspace-action-button'

/** Makes this page's workspace the active one (the switch then opens its overview). */
export function SwitchToButton({ workspace }: { workspace: { id: string; name: string } }) {
  return (
    <WorkspaceActionButton
      action={switchWorkspaceAction}
      workspaceId={workspace.id}
      label={`Switch to ${workspace.name}`}
      pendingLabel="Switching…"
    />
  )
}
