import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'

/** Checks a promotion target: another environment of the workspace, without making a cycle. */
export async function checkPromotionTarget(tx: Tx, workspaceId: string, environmentId: string | null, targetId: string | null) {
  if (!targetId) return
  const environments = await tx.environment.findMany({ where: { workspaceId }, select: { id: true, releasesToId: true } })
  const next = new Map(environments.map((environment) => [environment.id, environment.releasesToId]))
  if (!next.has(targetId)) refuse('VALIDATION', undefined, { releasesToId: ['Choose an environment of this workspace.'] })
  if (targetId === environmentId) refuse('VALIDATION', undefined, { releasesToId: ['An environment cannot release to itself.'] })
  // Follow the chain from the target; reaching this environment means a circle.
  const seen = new Set<string>()
  for (let step: string | null | undefined = targetId; step && !seen.has(step); step = next.get(step)) {
    if (step === environmentId) refuse('VALIDATION', undefined, { releasesToId: ['This would make releases go round in a circle.'] })
    seen.add(step)
  }
}
