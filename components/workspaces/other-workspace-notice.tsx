import type { Workspace } from '@/lib/generated/prisma/client'
import { canEnter, type RequestContext } from '@/lib/context/resolve'
import { SwitchToButton } from './switch-to-button'

/**
 * On a page about a workspace other than the active one, says so (the sidebar shows the
 * active workspace) and offers to switch when the viewer may enter it.
 */
export function OtherWorkspaceNotice({ ctx, workspace }: { ctx: RequestContext; workspace: Workspace }) {
  const active = ctx.workspace
  if (!active || active.id === workspace.id) return null
  return (
    <div
      role="note"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950"
    >
      <p>
        You are looking at <strong>{workspace.name}</strong>. Your active workspace is <strong>{active.name}</strong>.
      </p>
      {ctx.actor && canEnter(ctx.actor, workspace) && <SwitchToButton workspace={workspace} />}
    </div>
  )
}
