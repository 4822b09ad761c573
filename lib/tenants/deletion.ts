import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'

/**
 * Marks an organisation for deletion after the grace period, under its tenant lock (held by
 * the caller): from this commit on nothing else completes in it (docs/architecture.md §14).
 * Its tenant admins' action and an operator's (§15) both do it here.
 */
export async function markDeletionScheduled(tx: Tx, tenantId: string, byId: string, graceMs: number) {
  const now = new Date()
  const dueAt = new Date(now.getTime() + graceMs)
  const tenant = await tx.tenant.update({
    where: { id: tenantId },
    data: { deletionScheduledAt: now, deletionDueAt: dueAt, deletionScheduledById: byId },
  })
  return { tenant, dueAt }
}

/** Lifts a scheduled deletion until its purge begins, under the tenant lock. */
export async function clearDeletionSchedule(tx: Tx, tenantId: string) {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } })
  if (!tenant.deletionScheduledAt) refuse('CONFLICT', 'This organisation is not scheduled for deletion.')
  if (tenant.purgeStartedAt) refuse('CONFLICT', 'The deletion has begun: it can no longer be cancelled.')
  await tx.tenant.update({ where: { id: tenantId }, data: { deletionScheduledAt: null, deletionDueAt: null, deletionScheduledById: null } })
  return tenant
}
