import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'

/** The release an action names, in the workspace the action was authorised on, with its target. */
export async function releaseOf(tx: Tx, scope: ActionScope<{ releaseId: string }>) {
  if (!scope.workspace) return refuse('NOT_FOUND')
  const release = await tx.release.findFirst({ where: { id: scope.input.releaseId, workspaceId: scope.workspace.id } })
  if (!release) return refuse('NOT_FOUND')
  const target = await tx.environment.findUniqueOrThrow({ where: { id: release.targetEnvironmentId } })
  return { release, target }
}
