import { lockTenant } from '@/lib/db/tenant-lock'
import type { Db, Tx } from '@/lib/db/client'
import { appendAudit } from './chain'
import { auditRecord, type AuditEvent, type AuditFields, type AuditNote } from './events'

/** A declared event with everything the chain needs outside the action wrapper: whose chain, who, from where. */
export type AuditEntryOf<Data extends AuditFields> = AuditNote<Data> & {
  tenantId: string
  actorId: string | null
  ip?: string | null
  userAgent?: string | null
}

/**
 * Appends a declared event inside a transaction that already holds the tenant lock
 * (operator commands, key rotation): the typed counterpart of what the action wrapper does.
 */
export function appendAuditEvent<Data extends AuditFields>(
  tx: Tx,
  key: string,
  event: AuditEvent<string, Data>,
  entry: AuditEntryOf<Data>,
) {
  const { tenantId, actorId, ip, userAgent, ...note } = entry
  return appendAudit(tx, key, { ...auditRecord(event, note), tenantId, actorId, ip, userAgent })
}

/**
 * Appends one declared event outside the action wrapper (sign-ins, sign-outs, operator
 * commands) in a transaction of its own, under the tenant lock like every other append,
 * together with the change it describes when there is one.
 */
export async function recordAuditEvent<Data extends AuditFields>(
  db: Db,
  key: string,
  event: AuditEvent<string, Data>,
  entry: AuditEntryOf<Data>,
  change?: (tx: Tx) => Promise<unknown>,
) {
  return db.$transaction(async (tx) => {
    await lockTenant(tx, entry.tenantId)
    await change?.(tx)
    return appendAuditEvent(tx, key, event, entry)
  })
}
