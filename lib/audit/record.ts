import { lockTenant } from '@/lib/db/tenant-lock'
import type { Db, Tx } from '@/lib/db/client'
import { appendAudit } from './chain'
import { appendPlatformLog } from './platform-log'
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
  append: typeof appendAuditEvent = appendAuditEvent,
) {
  return db.$transaction(async (tx) => {
    await lockTenant(tx, entry.tenantId)
    await change?.(tx)
    return append(tx, key, event, entry)
  })
}

/**
 * An operator command's entry (docs/architecture.md §15): in the organisation's chain and in
 * the platform log, inside a transaction that holds the tenant lock (taken before the log's).
 */
export async function appendOperatorEvent<Data extends AuditFields>(
  tx: Tx,
  key: string,
  event: AuditEvent<string, Data>,
  entry: AuditEntryOf<Data>,
) {
  const appended = await appendAuditEvent(tx, key, event, entry)
  const { tenantId, actorId, ip, userAgent, ...note } = entry
  await appendPlatformLog(tx, key, { ...auditRecord(event, note), organisationId: tenantId, actorId, ip, userAgent })
  return appended
}

/** recordAuditEvent for an operator command: the entry goes to the platform log too. */
export function recordOperatorEvent<Data extends AuditFields>(
  db: Db,
  key: string,
  event: AuditEvent<string, Data>,
  entry: AuditEntryOf<Data>,
  change?: (tx: Tx) => Promise<unknown>,
) {
  return recordAuditEvent(db, key, event, entry, change, appendOperatorEvent)
}
