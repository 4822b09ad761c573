'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import type { ActionResult } from '@/lib/actions/errors'
import { restoreWorkspace, setDefaultWorkspace } from '@/lib/workspaces/actions'
import { ArchiveWorkspaceDialog } from './archive-dialog'

type Result = ActionResult<{ id: string }> | null
type WorkspaceAction = (state: Result, form: FormData) => Promise<Result>

export interface LifecycleTarget {
  id: string
  name: string
  status: 'ACTIVE' | 'ARCHIVED'
  isDefault: boolean
}

/** Which lifecycle actions the viewer may take, decided on the server by lib/authz. */
export interface LifecyclePermissions {
  setDefault: boolean
  archive: boolean
  restore: boolean
}

function ActionButton({ action, label, pendingLabel, workspaceId, renderedForWorkspaceId, compact }: {
  action: WorkspaceAction
  label: string
  pendingLabel: string
  workspaceId: string
  renderedForWorkspaceId: string
  compact?: boolean
}) {
  const [result, formAction, pending] = useActionState(action, null)
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="expectedWorkspaceId" value={renderedForWorkspaceId} />
      <Button type="submit" variant="secondary" className={compact ? 'px-2.5 py-1 text-xs' : ''} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {result && !result.ok && (
        <p role="alert" className="max-w-xs whitespace-normal text-xs text-red-700">
          {result.message}
        </p>
      )}
    </form>
  )
}

export function WorkspaceLifecycleActions({ workspace, allowed, renderedForWorkspaceId, afterArchiveHref, compact }: {
  workspace: LifecycleTarget
  allowed: LifecyclePermissions
  renderedForWorkspaceId: string
  afterArchiveHref?: string
  compact?: boolean
}) {
  const shared = { workspaceId: workspace.id, renderedForWorkspaceId, compact }
  return (
    <div className={`flex items-start gap-2 ${compact ? "flex-nowrap" : "flex-wrap"}`}>
      {workspace.status === 'ACTIVE' && !workspace.isDefault && allowed.setDefault && (
        <ActionButton action={setDefaultWorkspace as WorkspaceAction} label="Set as default" pendingLabel="Setting…" {...shared} />
      )}
      {workspace.status === 'ACTIVE' && allowed.archive && (
        <ArchiveWorkspaceDialog
          workspace={workspace}
          renderedForWorkspaceId={renderedForWorkspaceId}
          afterArchiveHref={afterArchiveHref}
          buttonClassName={compact ? 'px-2.5 py-1 text-xs' : ''}
        />
      )}
      {workspace.status === 'ARCHIVED' && allowed.restore && (
        <ActionButton action={restoreWorkspace as WorkspaceAction} label="Restore" pendingLabel="Restoring…" {...shared} />
      )}
    </div>
  )
}
