import type { Db } from '@/lib/db/client'
import { verifyWholeChain, type ChainVerification } from './chain'
import { signatureMatches, signStatement } from './signed-statement'

/**
 * A signed statement of a tenant's chain head, kept outside the database. Whoever can
 * write to the database could delete the newest entries and move the head row back;
 * a checkpoint taken earlier still names the hash that entry #seq must have.
 */
export interface Checkpoint {
  tenant: string
  tenantId: string
  seq: number
  hash: string
  time: string
  signature: string
}

export async function createCheckpoint(db: Db, key: string, tenantSlug: string): Promise<Checkpoint> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } })
  const head = await db.auditHead.findUnique({ where: { tenantId: tenant.id } })
  const statement = {
    tenant: tenant.slug,
    tenantId: tenant.id,
    seq: head?.seq ?? 0,
    hash: head?.hash ?? '',
    time: new Date().toISOString(),
  }
  return { ...statement, signature: signStatement(key, 'checkpoint', statement) }
}

export function checkpointSignatureValid(key: string, checkpoint: Checkpoint): boolean {
  const { signature, ...statement } = checkpoint
  return signatureMatches(key, 'checkpoint', statement, signature)
}

/** Verifies the chain, and that it still holds the entry the checkpoint names, unchanged. */
export async function verifyWithCheckpoint(db: Db, key: string, checkpoint: Checkpoint): Promise<ChainVerification> {
  const checkedAt = new Date()
  if (!checkpointSignatureValid(key, checkpoint)) {
    return { ok: false, brokenAtSeq: checkpoint.seq, reason: 'the checkpoint signature is not valid', checkedAt }
  }
  const chain = await verifyWholeChain(db, key, checkpoint.tenantId)
  if (!chain.ok || checkpoint.seq === 0) return chain
  const anchored = await db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId: checkpoint.tenantId, seq: checkpoint.seq } } })
  if (!anchored) {
    return {
      ok: false,
      brokenAtSeq: chain.verifiedSeq + 1,
      reason: `entries after #${chain.verifiedSeq} up to checkpoint #${checkpoint.seq} were removed`,
      checkedAt,
    }
  }
  if (anchored.hash !== checkpoint.hash) {
    return {
      ok: false,
      brokenAtSeq: checkpoint.seq,
      reason: `entry #${checkpoint.seq} differs from the checkpoint: the chain was rebuilt`,
      checkedAt,
    }
  }
  return chain
}
