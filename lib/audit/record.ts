import { lockTenant } from '@/lib/actions/tenant-lock'
import type { Db } from '@/lib/db/client'
import { appendAudit, type AuditEntryInput } from './chain'

/**
 * Appends one entry that belongs to no action (sign-ins, sign-outs) in a transaction of
 * its own, under the tenant lock like every other append.
 */
export async function recordAuditEvent(db: Db, key: string, entry: AuditEntryInput) {
  return db.$transaction(async (tx) => {
    await lockTenant(tx, entry.tenantId)
    return appendAudit(tx, key, entry)
  })
}
