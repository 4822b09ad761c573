'use client'

import { ArchiveWorkspaceDialog } from './archive-dialog'
import { WorkspaceActionButton } from './workspace-action-button'

export interface LifecycleTarget {
  id: string
  name: string
  slug: string
  status: 'ACTIVE' | 'ARCHIVED'
  isDefault: boolean
}

/** Which lifecycle actions the viewer may take, decided on the server by lib/authz. */
export interface LifecyclePermissions {
  setDefault: boolean
  archive: boolean
  restore: boolean
}

export function WorkspaceLifecycleActions({
  workspace,
  allowed,
  afterArchiveHref,
  compact,
}: {
  workspace: LifecycleTarget
  allowed: LifecyclePermissions
  afterArchiveHref?: string
  compact?: boolean
}) {
  const shared = { workspaceId: workspace.id, compact }
  return (
    <div className={`flex items-start gap-2 ${compact ? 'flex-nowrap' : 'flex-wrap'}`}>
      {workspace.status === 'ACTIVE' && !workspace.isDefault && allowed.setDefault && (
        <WorkspaceActionButton
          action="workspace.setDefault"
          label="Set as default"
          pendingLabel="Setting…"
          done={`${workspace.name} is now the default workspace.`}
          {...shared}
        />
      )}
      {workspace.status === 'ACTIVE' && allowed.archive && (
        <ArchiveWorkspaceDialog
          workspace={workspace}
          afterArchiveHref={afterArchiveHref}
          buttonClassName={compact ? 'px-2.5 py-1 text-xs' : ''}
        />
      )}
      {workspace.status === 'ARCHIVED' && allowed.restore && (
        <WorkspaceActionButton
          action="workspace.restore"
          label="Restore"
          pendingLabel="Restoring…"
          done={`${workspace.name} is active again.`}
          {...shared}
        />
      )}
    </div>
  )
}
