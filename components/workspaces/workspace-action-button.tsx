'use client'

import { useMemo } from 'react'
import { bound, submitWith, useAction, type BoundAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'

/**
 * One action on one workspace behind a secondary button (restore, make default, switch
 * to it): pending label while it runs, the refusal next to the button, an optional toast.
 */
export function WorkspaceActionButton({
  action,
  workspaceId,
  label,
  pendingLabel,
  done,
  compact,
}: {
  /** A registered action on the workspace, or the switch (a server action of its own). */
  action: 'workspace.setDefault' | 'workspace.restore' | BoundAction<{ workspaceId: string }, unknown>
  workspaceId: string
  label: string
  pendingLabel: string
  /** The confirmation once it worked; none when the action navigates away by itself. */
  done?: string
  compact?: boolean
}) {
  const call = useMemo(() => (typeof action === 'string' ? bound(action) : action), [action])
  const { run, result, pending } = useAction(call, done ? { confirm: () => done } : {})
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
