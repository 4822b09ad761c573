import type { Db, Tx } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { lockTenant } from '@/lib/db/tenant-lock'

/** Audit entries removed per transaction: a long chain goes in short steps that hold no lock for long. */
export const AUDIT_ENTRIES_PER_STEP = 5000

/**
 * Purges every organisation whose grace period has ended (docs/architecture.md §14), the
 * longest-due first; returns the ids purged. Runs on every instance (schedulePurging):
 * each step takes the tenant lock and does nothing that is already done, so runs on
 * several instances at once, and a run cut off half-way, finish the same purge.
 */
export function purgeDueOrganisations(db: Db, now = new Date()): Promise<string[]> {
  return withScope({ acrossTenants: 'organisation-purge' }, async () => {
    const due = await db.tenant.findMany({
      where: { deletionDueAt: { lte: now } },
      select: { id: true },
      orderBy: { deletionDueAt: 'asc' },
    })
    const purged: string[] = []
    for (const { id } of due) {
      // One that fails (and is tried again next time) holds up none of the others.
      try {
        if (await purgeOrganisation(db, id, now)) purged.push(id)
      } catch (error) {
        console.warn(`[organisations] the purge of ${id} failed, trying again later: ${(error as Error).message}`)
      }
    }
    return purged
  })
}

/**
 * One step of a purge, in its own transaction under the tenant lock: whether it removed
 * anything (false once the tenant is gone). References between the removed rows are
 * checked at commit, when every row that holds one is gone too (the migration's note).
 */
async function step(db: Db, tenantId: string, work: (tx: Tx) => Promise<number>): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await lockTenant(tx, tenantId))) return false
    await tx.$executeRaw`SET CONSTRAINTS ALL DEFERRED`
    return (await work(tx)) > 0
  }, STEP_LIMITS)
}

/** A large workspace's cascade takes a while: more than an action's few seconds. */
const STEP_LIMITS = { maxWait: 30_000, timeout: 5 * 60_000 }

/**
 * Removes one organisation whose deletion is due, in steps:
 * 1. its data key first, so that every secret sealed with it (in this database or in any
 *    backup of it) can no longer be opened; from then on the deletion cannot be cancelled;
 * 2. its workspaces one at a time, each with everything inside it (environments, resources
 *    and their history, releases, memberships, grants, keys, invitations);
 * 3. its audit chain, a batch at a time;
 * 4. the tenant's row with what is left (its people's memberships, credentials, keys, mail,
 *    the chain's head), replaced by the platform's record that it existed.
 * Returns false when it is not due (cancelled meanwhile, or already purged by another instance).
 */
export async function purgeOrganisation(db: Db, tenantId: string, now = new Date()): Promise<boolean> {
  const begun = await db.$transaction(async (tx) => {
    if (!(await lockTenant(tx, tenantId))) return false
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } })
    if (!tenant.deletionDueAt || tenant.deletionDueAt > now) return false
    await tx.tenantDataKey.deleteMany({ where: { tenantId } })
    if (!tenant.purgeStartedAt) await tx.tenant.update({ where: { id: tenantId }, data: { purgeStartedAt: now } })
    return true
  }, STEP_LIMITS)
  if (!begun) return false
  while (
    await step(
      db,
      tenantId,
      (tx) => tx.$executeRaw`DELETE FROM "Workspace" WHERE "id" = (SELECT "id" FROM "Workspace" WHERE "tenantId" = ${tenantId} LIMIT 1)`,
    )
  );
  while (
    await step(
      db,
      tenantId,
      (tx) =>
        tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" IN (SELECT "id" FROM "AuditEvent" WHERE "tenantId" = ${tenantId} LIMIT ${AUDIT_ENTRIES_PER_STEP})`,
    )
  );
  await db.$transaction(async (tx) => {
    if (!(await lockTenant(tx, tenantId))) return
    await tx.$executeRaw`SET CONSTRAINTS ALL DEFERRED`
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      include: { deletionScheduledBy: { select: { email: true } } },
    })
    await tx.deletedOrganisation.create({
      data: {
        organisationId: tenantId,
        name: tenant.name,
        slug: tenant.slug,
        createdAt: tenant.createdAt,
        deletionScheduledAt: tenant.deletionScheduledAt!,
        deletionScheduledById: tenant.deletionScheduledById,
        deletionScheduledBy: tenant.deletionScheduledBy?.email ?? null,
        purgedAt: now,
      },
    })
    await tx.tenant.delete({ where: { id: tenantId } })
  }, STEP_LIMITS)
  return true
}

/**
 * Looks for due purges shortly after start-up and then every `intervalMs`, on every
 * instance. A failed run is logged and tried again at the next; it never stops the server.
 */
export function schedulePurging(db: () => Db, intervalMs: number): () => void {
  const run = async () => {
    try {
      const purged = await purgeDueOrganisations(db())
      if (purged.length > 0) console.log(`[organisations] purged ${purged.length} organisation(s) whose deletion was due`)
    } catch (error) {
      console.warn(`[organisations] a purge failed, trying again later: ${(error as Error).message}`)
    }
  }
  const first = setTimeout(run, Math.min(intervalMs, 30_000))
  const every = setInterval(run, intervalMs)
  first.unref()
  every.unref()
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
