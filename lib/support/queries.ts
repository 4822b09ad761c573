import type { Db } from '@/lib/db/client'
import { SUPPORT_REQUEST_LIFETIME_MS } from './schema'

/** The organisation's support access policy. */
export function supportAccessOf(db: Db, tenantId: string) {
  return db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { supportAccess: true, supportReadWrite: true } })
}

/** What a tenant admin is told on every page: who is in now, and how many requests wait. */
export async function supportNotice(db: Db, tenantId: string, now = new Date()) {
  const [live, waiting] = await Promise.all([
    db.supportSession.findMany({
      where: { tenantId, status: 'active', endsAt: { gt: now } },
      select: { id: true, reason: true, startedAt: true, endsAt: true, operator: { select: { name: true } } },
      orderBy: { startedAt: 'asc' },
    }),
    db.supportSession.count({
      where: { tenantId, status: 'requested', requestedAt: { gt: new Date(now.getTime() - SUPPORT_REQUEST_LIFETIME_MS) } },
    }),
  ])
  return { live, waiting }
}

/** Support sessions of an organisation (newest first): its security page. */
export function supportSessionsIn(db: Db, tenantId: string, take = 20) {
  return db.supportSession.findMany({
    where: { tenantId },
    orderBy: { requestedAt: 'desc' },
    take,
    include: {
      operator: { select: { name: true, email: true } },
      decidedBy: { select: { name: true } },
      endedBy: { select: { name: true } },
    },
  })
}
