import type { AuditEvent, AuditFields } from '@/lib/audit/events'
import { recordAuditEvent } from '@/lib/audit/record'
import type { Db } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { sessionSignedIn } from './audit-events'
import { landingWorkspace } from './workspace-claim'

/**
 * Records an event of a person's account outside any action of a signed-in session
 * (a sign-out, a lock-out, a recovery code used, a password reset) in the audit chain of
 * a tenant: the given one, else the first they belong to that is not scheduled for
 * deletion (an unknown address, or someone in no organisation, belongs to no tenant's log).
 */
export async function recordAccountEvent<Data extends AuditFields>(
  db: Db,
  key: string,
  event: AuditEvent<string, Data>,
  userId: string,
  meta: RequestMeta,
  options: { tenantId?: string | null; data: Data },
) {
  const first = await db.tenantMembership.findFirst({
    where: { userId, tenant: { deletionScheduledAt: null } },
    orderBy: [{ status: 'asc' }, { createdAt: 'asc' }],
  })
  const tenant = options.tenantId ?? first?.tenantId
  if (!tenant) return
  await recordAuditEvent(db, key, event, { tenantId: tenant, actorId: userId, targetId: userId, data: options.data, ...meta })
}

/**
 * A successful sign-in: picks the tenant and workspace the person lands in, and records
 * the sign-in in that tenant's chain together with their last sign-in to that tenant.
 */
export async function signInToLanding(db: Db, key: string, userId: string, meta: RequestMeta) {
  const landing = await landingWorkspace(db, userId)
  const tenantId = landing.tenantId
  if (tenantId) {
    await recordAuditEvent(db, key, sessionSignedIn, { tenantId, actorId: userId, targetId: userId, data: {}, ...meta }, (tx) =>
      tx.tenantMembership.updateMany({ where: { tenantId, userId }, data: { lastSignInAt: new Date() } }),
    )
  }
  return landing
}
