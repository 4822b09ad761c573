'use client'

import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { restoreWorkspaceAction, setDefaultWorkspaceAction } from '@/lib/workspaces/actions'
import { ArchiveWorkspaceDialog } from './archive-dialog'

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

function ActionButton({
  action,
  label,
  pendingLabel,
  done,
  workspaceId,
  compact,
}: {
  action: typeof restoreWorkspaceAction | typeof setDefaultWorkspaceAction
  label: string
  pendingLabel: string
  /** The confirmation once it worked. */
  done: string
  workspaceId: string
  compact?: boolean
}) {
  const { run, result, pending } = useAction(action, { confirm: () => done })
  return (
    <form onSubmit={submitWith(() => run({ workspaceId }))} className="inline-flex flex-col items-start gap-1">
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
        <ActionButton
          action={setDefaultWorkspaceAction}
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
        <ActionButton
          action={restoreWorkspaceAction}
          label="Restore"
          pendingLabel="Restoring…"
          done={`${workspace.name} is active again.`}
          {...shared}
        />
      )}
    </div>
  )
}
