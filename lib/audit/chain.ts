import { createHmac } from 'node:crypto'
import type { Db, Tx } from '@/lib/db/client'
import type { AuditHead, Prisma } from '@/lib/generated/prisma/client'
import { canonicalJson } from './canonical-json'
import { isSessionAction } from './events'

/** The prevHash of a tenant's first entry. */
export const GENESIS_HASH = '0'.repeat(64)

export type AuditData = Prisma.InputJsonObject

/** What a service says about a change; the action wrapper adds who, where and the chain. */
export interface AuditRecord {
  action: string
  targetType: string
  targetId: string
  workspaceId?: string | null
  data?: AuditData
}

export interface AuditEntryInput extends AuditRecord {
  tenantId: string
  actorId: string | null
  ip?: string | null
  userAgent?: string | null
}

interface HashedFields {
  tenantId: string
  seq: number
  workspaceId: string | null
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  data: unknown
  ip: string | null
  userAgent: string | null
  createdAt: Date
  prevHash: string
}

/** hash = HMAC-SHA256(AUDIT_KEY, prevHash || canonicalJson(entry without hash)). */
export function hashEntry(key: string, entry: HashedFields): string {
  const fields = {
    tenantId: entry.tenantId,
    seq: entry.seq,
    workspaceId: entry.workspaceId,
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

/** The HMAC every chain's link is: keyed, over the previous hash and the entry's canonical JSON. */
export function keyedLink(key: string, prevHash: string, fields: Record<string, unknown>): string {
  return createHmac('sha256', key).update(prevHash).update(canonicalJson(fields)).digest('hex')
}

/** The head a chain starts from, before its first entry. */
const EMPTY_HEAD = { seq: 0, hash: GENESIS_HASH, sessionEntries: 0 }

type HeadState = Pick<AuditHead, 'seq' | 'hash' | 'sessionEntries'>

/**
 * The next link of a chain: the entry that follows `head`, hashed, and the head after it.
 * appendAudit writes it; the scale benchmark's seeder writes many in a row.
 */
export function nextLink(key: string, head: HeadState | null, input: AuditEntryInput, createdAt = new Date()) {
  const previous = head ?? EMPTY_HEAD
  const fields: HashedFields = {
    tenantId: input.tenantId,
    seq: previous.seq + 1,
    workspaceId: input.workspaceId ?? null,
    actorId: input.actorId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    data: input.data ?? {},
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
    createdAt,
    prevHash: previous.hash,
  }
  const hash = hashEntry(key, fields)
  const entry = { ...fields, data: input.data ?? {}, hash }
  const nextHead = { seq: fields.seq, hash, sessionEntries: previous.sessionEntries + (isSessionAction(input.action) ? 1 : 0) }
  return { entry, head: nextHead }
}

/**
 * Appends one entry to the tenant's chain. Call it inside the transaction that makes
 * the change, after taking the tenant lock: the lock serialises appends, and
 * unique (tenantId, seq) and (tenantId, prevHash) reject a fork should it ever be missed.
 */
export async function appendAudit(tx: Tx, key: string, input: AuditEntryInput) {
  const current = await tx.auditHead.findUnique({ where: { tenantId: input.tenantId } })
  const { entry, head } = nextLink(key, current, input)
  const event = await tx.auditEvent.create({ data: entry })
  await tx.auditHead.upsert({ where: { tenantId: input.tenantId }, create: { tenantId: input.tenantId, ...head }, update: head })
  return event
}

export type ChainVerification =
  { ok: true; verifiedSeq: number; hash: string; checkedAt: Date } | { ok: false; brokenAtSeq: number; reason: string; checkedAt: Date }

/** An entry already verified, to continue from: entry #seq, which had `hash` then. */
export interface VerifiedLink {
  seq: number
  hash: string
}

export type ChainHead = { seq: number; hash: string } | null

/** What verifying a chain reads: its head, its entries by number, and how each is hashed. */
export interface ChainLinks<E extends { seq: number; prevHash: string; hash: string }> {
  head(): Promise<ChainHead>
  entry(seq: number): Promise<E | null>
  /** Entries from..to (inclusive) in seq order, at most `take`. */
  page(from: number, to: number, take: number): Promise<E[]>
  /** Whether any entry follows `seq`. */
  anyAfter(seq: number): Promise<boolean>
  hash(entry: E): string
}

export interface VerifyOptions {
  from?: VerifiedLink | null
  head?: ChainHead
  pageSize?: number
  beyondHead?: boolean
}

/**
 * Recomputes a chain in seq order, in pages, and reports the first broken link:
 * an edited, deleted, reordered or (against the head row) truncated entry. From a
 * verified link, only that entry (still there, unchanged) and the ones after it are read.
 * A tenant’s chain and the platform log (platform-log.ts) are both verified by it.
 *
 * The head is read first (or given) and only entries up to it are read: an entry and the
 * head that names it are committed together, so an append racing the verification is
 * not mistaken for a break. `beyondHead` also refuses entries past the head (a head moved
 * back); only ask for it inside one snapshot (a repeatable-read transaction), where no
 * append can race it.
 */
export async function verifyLinks<E extends { seq: number; prevHash: string; hash: string }>(
  links: ChainLinks<E>,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const { from = null, pageSize = 1000, beyondHead = false } = options
  const checkedAt = new Date()
  const head = options.head !== undefined ? options.head : await links.head()
  const headSeq = head?.seq ?? 0
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  if (from && from.seq > 0) {
    const anchor = await links.entry(from.seq)
    if (!anchor || anchor.hash !== from.hash || links.hash(anchor) !== anchor.hash) {
      return { ok: false, brokenAtSeq: from.seq, reason: `entry #${from.seq} is not the one verified before`, checkedAt }
    }
    expectedSeq = from.seq + 1
    prevHash = from.hash
  }
  while (expectedSeq <= headSeq) {
    const page = await links.page(expectedSeq, headSeq, pageSize)
    for (const event of page) {
      if (event.seq !== expectedSeq) {
        return { ok: false, brokenAtSeq: expectedSeq, reason: `entry #${expectedSeq} is missing`, checkedAt }
      }
      if (event.prevHash !== prevHash || links.hash(event) !== event.hash) {
        return { ok: false, brokenAtSeq: event.seq, reason: `entry #${event.seq} does not match its hash`, checkedAt }
      }
      prevHash = event.hash
      expectedSeq++
    }
    if (page.length < pageSize) break
  }
  const lastSeq = expectedSeq - 1
  if (headSeq !== lastSeq || (head && head.hash !== prevHash)) {
    return { ok: false, brokenAtSeq: lastSeq + 1, reason: `the chain ends at #${lastSeq} but its head records #${headSeq}`, checkedAt }
  }
  if (beyondHead && (await links.anyAfter(headSeq))) {
    return { ok: false, brokenAtSeq: headSeq + 1, reason: `entries follow #${headSeq}, which its head records as the last`, checkedAt }
  }
  return { ok: true, verifiedSeq: lastSeq, hash: prevHash, checkedAt }
}

/** Verifies a tenant's chain (verifyLinks over its AuditEvent rows and AuditHead). */
export function verifyChain(db: Db | Tx, key: string, tenantId: string, options: VerifyOptions = {}): Promise<ChainVerification> {
  return verifyLinks(
    {
      head: () => db.auditHead.findUnique({ where: { tenantId } }),
      entry: (seq) => db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq } } }),
      page: (from, to, take) => db.auditEvent.findMany({ where: { tenantId, seq: { gte: from, lte: to } }, orderBy: { seq: 'asc' }, take }),
      anyAfter: async (seq) => (await db.auditEvent.findFirst({ where: { tenantId, seq: { gt: seq } }, select: { seq: true } })) !== null,
      hash: (entry) => hashEntry(key, entry),
    },
    options,
  )
}

/** The whole chain in one snapshot, entries past the head included: what `npm run audit:verify` runs. */
export function verifyWholeChain(db: Db, key: string, tenantId: string): Promise<ChainVerification> {
  return db.$transaction((tx) => verifyChain(tx, key, tenantId, { beyondHead: true }), {
    isolationLevel: 'RepeatableRead',
    timeout: 60 * 60_000,
  })
}
