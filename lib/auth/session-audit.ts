import type { RequestMeta } from '@/lib/actions/define-action'
import { recordAuditEvent } from '@/lib/audit/record'
import type { Db } from '@/lib/db/client'

export type SessionEvent = 'session.signedIn' | 'session.signInFailed' | 'session.signedOut'

export function metaFromHeaders(headers: Headers | undefined): RequestMeta {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return { ip: forwarded || headers?.get('x-real-ip') || null, userAgent: headers?.get('user-agent') ?? null }
}

/**
 * Records a sign-in, a failed sign-in or a sign-out of a known user in the audit chain
 * of their tenant (the one they land in; an unknown email belongs to no tenant's log).
 */
export async function recordSessionEvent(
  db: Db,
  key: string,
  event: SessionEvent,
  userId: string,
  meta: RequestMeta,
  options: { tenantId?: string | null; reason?: string } = {},
) {
  const tenant = options.tenantId ?? (await db.tenantMembership.findFirst({ where: { userId }, orderBy: { createdAt: 'asc' } }))?.tenantId
  if (!tenant) return
  await recordAuditEvent(db, key, { tenantId: tenant, actorId: userId, action: event, targetType: 'user', targetId: userId, data: options.reason ? { reason: options.reason } : {}, ...meta })
}
