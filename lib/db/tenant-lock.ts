import type { Tx } from '@/lib/db/client'

/** What the tenant lock reads of the row it locks: whether anything may still change in it. */
export interface LockedTenant {
  /** Scheduled for deletion: no action completes in it but cancelling the deletion. */
  deletionScheduled: boolean
  /** Suspended by an operator: no action completes in it until they reactivate it. */
  suspended: boolean
}

/**
 * Takes the tenant row lock (docs/architecture.md §1): every mutation of one tenant waits for
 * the one before it to commit; different tenants never wait on each other. Returns what the
 * row says under the lock (null when there is no such tenant).
 */
export async function lockTenant(tx: Tx, tenantId: string): Promise<LockedTenant | null> {
  const [row] = await tx.$queryRaw<LockedTenant[]>`
    SELECT "deletionScheduledAt" IS NOT NULL AS "deletionScheduled", "suspendedAt" IS NOT NULL AS "suspended" FROM "Tenant" WHERE "id" = ${tenantId} FOR UPDATE`
  return row ?? null
}
