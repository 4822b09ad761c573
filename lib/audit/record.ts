import { lockTenant } from '@/lib/db/tenant-lock'
import type { Db, Tx } from '@/lib/db/client'
import { appendAudit, type AuditEntryInput } from './chain'

/**
 * Appends one entry outside the action wrapper (sign-ins, sign-outs, operator commands)
 * in a transaction of its own, under the tenant lock like every other append, together
 * with the change it describes when there is one.
 */
export async function recordAuditEvent(db: Db, key: string, entry: AuditEntryInput, change?: (tx: Tx) => Promise<unknown>) {
  return db.$transaction(async (tx) => {
    await lockTenant(tx, entry.tenantId)
    await change?.(tx)
    return appendAudit(tx, key, entry)
  })
}
