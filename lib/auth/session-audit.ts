import { recordAuditEvent } from '@/lib/audit/record'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { landingWorkspace } from './workspace-claim'

/** What happens to a person's account outside any action of a signed-in session. */
export type AccountEvent = 'session.signedOut' | 'session.lockedOut' | 'account.recoveryCodeUsed' | 'account.passwordReset'

/**
 * Records an event of a person's account in the audit chain of a tenant: the given one,
 * else the first they belong to (an unknown address belongs to no tenant's log).
 */
export async function recordAccountEvent(
  db: Db,
  key: string,
  event: AccountEvent,
  userId: string,
  meta: RequestMeta,
  options: { tenantId?: string | null; data?: Prisma.InputJsonObject } = {},
) {
  const first = await db.tenantMembership.findFirst({ where: { userId }, orderBy: [{ status: 'asc' }, { createdAt: 'asc' }] })
  const tenant = options.tenantId ?? first?.tenantId
  if (!tenant) return
  await recordAuditEvent(db, key, {
    tenantId: tenant,
    actorId: userId,
    action: event,
    targetType: 'user',
    targetId: userId,
    data: options.data ?? {},
    ...meta,
  })
}

/**
 * A successful sign-in: picks the tenant and workspace the person lands in, and records
 * the sign-in in that tenant's chain together with their last sign-in to that tenant.
 */
export async function signInToLanding(db: Db, key: string, userId: string, meta: RequestMeta) {
  const landing = await landingWorkspace(db, userId)
  const tenantId = landing.tenantId
  if (tenantId) {
    await recordAuditEvent(
      db,
      key,
      { tenantId, actorId: userId, action: 'session.signedIn', targetType: 'user', targetId: userId, data: {}, ...meta },
      (tx) => tx.tenantMembership.updateMany({ where: { tenantId, userId }, data: { lastSignInAt: new Date() } }),
    )
  }
  return landing
}
