import type { Db } from '@/lib/db/client'

/** A tenant's newest queued mail, for the outbox page. */
export async function outboxMessages(db: Db, tenantId: string, take = 100) {
  return db.outboxMessage.findMany({ where: { tenantId }, orderBy: { createdAt: 'desc' }, take })
}
