import type { Db } from '@/lib/db/client'
import type { AuditVerifiedMark } from '@/lib/generated/prisma/client'
import { verifyChain, type ChainHead, type ChainVerification } from './chain'
import { signatureMatches, signStatement } from './signed-statement'

/**
 * Verification that costs what was appended since it last ran (docs/architecture.md §6).
 * The mark says how far a tenant's chain has been verified; a view of the audit log
 * verifies from there and moves it forward. `npm run audit:verify` re-reads the whole
 * chain (catching a change to entries before the mark) and records what it finds, so a
 * break it found stays on the page until a full verification passes again.
 */

type MarkStatement = Pick<AuditVerifiedMark, 'tenantId' | 'seq' | 'hash' | 'brokenAtSeq' | 'brokenReason'> & { verifiedAt: string }

function statementOf(mark: AuditVerifiedMark): MarkStatement {
  const { tenantId, seq, hash, brokenAtSeq, brokenReason } = mark
  return { tenantId, seq, hash, brokenAtSeq, brokenReason, verifiedAt: mark.verifiedAt.toISOString() }
}

const PURPOSE = 'verified-mark'

/**
 * Records a verification's outcome as the tenant's mark (a break keeps the last verified
 * link). A full verification (`audit:verify`) records what it found whatever the mark says
 * now; a view moves the mark only if it is still the one the view started from, so a view
 * racing `audit:verify` cannot overwrite the break it just recorded.
 */
export async function recordVerification(
  db: Db,
  key: string,
  tenantId: string,
  result: ChainVerification,
  previous?: AuditVerifiedMark | null,
  { onlyIfUnchanged = false } = {},
) {
  const link = result.ok ? { seq: result.verifiedSeq, hash: result.hash } : { seq: previous?.seq ?? 0, hash: previous?.hash ?? '' }
  const statement: MarkStatement = {
    tenantId,
    ...link,
    brokenAtSeq: result.ok ? null : result.brokenAtSeq,
    brokenReason: result.ok ? null : result.reason,
    verifiedAt: result.checkedAt.toISOString(),
  }
  const data = { ...statement, verifiedAt: result.checkedAt, signature: signStatement(key, PURPOSE, statement) }
  if (!onlyIfUnchanged) {
    await db.auditVerifiedMark.upsert({ where: { tenantId }, create: data, update: data })
  } else if (previous) {
    await db.auditVerifiedMark.updateMany({ where: { tenantId, signature: previous.signature }, data })
  } else {
    await db.auditVerifiedMark.createMany({ data: [data], skipDuplicates: true })
  }
}

/**
 * Verifies the entries appended since the mark (the whole chain when there is none) up to
 * the head (read here unless the caller has it) and moves the mark.
 */
export async function verifySinceMark(db: Db, key: string, tenantId: string, head?: ChainHead): Promise<ChainVerification> {
  const mark = await db.auditVerifiedMark.findUnique({ where: { tenantId } })
  const checkedAt = new Date()
  if (mark && !signatureMatches(key, PURPOSE, statementOf(mark), mark.signature)) {
    return { ok: false, brokenAtSeq: mark.seq, reason: 'the record of the last verification was altered', checkedAt }
  }
  if (mark?.brokenAtSeq != null)
    return { ok: false, brokenAtSeq: mark.brokenAtSeq, reason: mark.brokenReason ?? 'broken', checkedAt: mark.verifiedAt }
  const result = await verifyChain(db, key, tenantId, { from: mark, head })
  if (!result.ok || result.verifiedSeq !== mark?.seq) await recordVerification(db, key, tenantId, result, mark, { onlyIfUnchanged: true })
  return result
}
