import { GENESIS_HASH, keyedLink, verifyLinks, type AuditRecord, type ChainVerification, type VerifyOptions } from './chain'
import type { Db, Tx } from '@/lib/db/client'
import type { PlatformAuditEvent } from '@/lib/generated/prisma/client'

/** One operator action as the platform log records it: the record, the organisation it concerns, who and from where. */
export interface PlatformEntryInput extends AuditRecord {
  organisationId: string | null
  actorId: string | null
  ip?: string | null
  userAgent?: string | null
}

type HashedFields = Omit<PlatformAuditEvent, 'id' | 'hash' | 'data'> & { data: unknown }

/**
 * hash = HMAC-SHA256(AUDIT_KEY, prevHash || canonicalJson(entry without hash)), as a tenant's
 * chain (./chain.ts); `chain: 'platform'` keeps an entry from ever hashing like a tenant's.
 */
export function hashPlatformEntry(key: string, entry: HashedFields): string {
  const fields = {
    chain: 'platform',
    seq: entry.seq,
    organisationId: entry.organisationId,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    data: entry.data,
    ip: entry.ip,
    userAgent: entry.userAgent,
    createdAt: entry.createdAt,
    prevHash: entry.prevHash,
  }
  return keyedLink(key, entry.prevHash, fields)
}

/**
 * Appends one entry to the platform log inside the transaction of the change. The head's
 * row lock serialises appends (it is always taken after any tenant lock, so the two never
 * wait on each other in a circle); unique seq and prevHash refuse a fork regardless.
 */
export async function appendPlatformLog(tx: Tx, key: string, input: PlatformEntryInput) {
  const [head] = await tx.$queryRaw<{ seq: number; hash: string }[]>`
    SELECT "seq", "hash" FROM "PlatformAuditHead" WHERE "id" = 1 FOR UPDATE`
  const previous = head ?? { seq: 0, hash: GENESIS_HASH }
  const fields: HashedFields = {
    seq: previous.seq + 1,
    organisationId: input.organisationId,
    actorId: input.actorId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    data: input.data ?? {},
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
    createdAt: new Date(),
    prevHash: previous.hash,
  }
  const hash = hashPlatformEntry(key, fields)
  const entry = await tx.platformAuditEvent.create({ data: { ...fields, data: input.data ?? {}, hash } })
  await tx.platformAuditHead.update({ where: { id: 1 }, data: { seq: entry.seq, hash } })
  return entry
}

/** Verifies the platform log as a tenant's chain is verified (verifyLinks): missing, altered, reordered and truncated entries. */
export function verifyPlatformLog(db: Db | Tx, key: string, options: VerifyOptions = {}): Promise<ChainVerification> {
  return verifyLinks(
    {
      head: () => db.platformAuditHead.findUnique({ where: { id: 1 }, select: { seq: true, hash: true } }),
      entry: (seq) => db.platformAuditEvent.findUnique({ where: { seq } }),
      page: (from, to, take) => db.platformAuditEvent.findMany({ where: { seq: { gte: from, lte: to } }, orderBy: { seq: 'asc' }, take }),
      anyAfter: async (seq) => (await db.platformAuditEvent.findFirst({ where: { seq: { gt: seq } }, select: { seq: true } })) !== null,
      hash: (entry) => hashPlatformEntry(key, entry),
    },
    options,
  )
}

/** The whole log in one snapshot, entries past the head included (npm run audit:verify -- --platform). */
export function verifyWholePlatformLog(db: Db, key: string): Promise<ChainVerification> {
  return db.$transaction((tx) => verifyPlatformLog(tx, key, { beyondHead: true }), {
    isolationLevel: 'RepeatableRead',
    timeout: 60 * 60_000,
  })
}
