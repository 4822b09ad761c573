import fs from 'node:fs'
import { required, runCommand } from '@/lib/cli/command'
import { findDrift } from '@/lib/releases/drift'
import { verifyWholeChain } from '@/lib/audit/chain'
import { verifyWholePlatformLog } from '@/lib/audit/platform-log'
import { verifyWithCheckpoint, type Checkpoint } from '@/lib/audit/checkpoint'
import { recordVerification } from '@/lib/audit/verified-mark'

await runCommand({
  path: 'audit-verifier',
  usage:
    "Usage: npm run audit:verify -- --tenant <slug> [--checkpoint <file>]   (the whole chain and every environment's content; schedule it, e.g. nightly)\n" +
    '       npm run audit:verify -- --platform   (the platform log)',
  options: { tenant: { type: 'string' }, checkpoint: { type: 'string' }, platform: { type: 'boolean', default: false } },
  parse: ({ tenant, checkpoint, platform }) => ({ slug: platform ? '' : required(tenant), checkpointFile: checkpoint, platform }),
  // 1 says the chain is broken or an environment drifted; 2 that it could not be checked.
  errorExitCode: 2,
  async run({ args: { slug, checkpointFile, platform }, db, config }) {
    if (platform) {
      const log = await verifyWholePlatformLog(db, config.auditKey)
      if (!log.ok) {
        console.error(`The platform log is broken at #${log.brokenAtSeq}: ${log.reason}.`)
        return 1
      }
      console.log(`The platform log verified up to #${log.verifiedSeq}.`)
      return
    }
    const tenant = await db.tenant.findUnique({ where: { slug } })
    if (!tenant) throw new Error(`No tenant with the slug ${slug}.`)
    const checkpoint = checkpointFile ? (JSON.parse(fs.readFileSync(checkpointFile, 'utf8')) as Checkpoint) : null
    if (checkpoint && checkpoint.tenantId !== tenant.id) {
      throw new Error(`The checkpoint belongs to tenant ${checkpoint.tenant}, not ${slug}.`)
    }
    const result = checkpoint
      ? await verifyWithCheckpoint(db, config.auditKey, checkpoint)
      : await verifyWholeChain(db, config.auditKey, tenant.id)
    // The audit page shows what this found; a pass clears a break recorded earlier.
    const previous = await db.auditVerifiedMark.findUnique({ where: { tenantId: tenant.id } })
    await recordVerification(db, config.auditKey, tenant.id, result, previous)
    // Environments whose content is not what their writes and releases left behind.
    const drift = await findDrift(db, tenant.id)
    for (const { workspace, environment, reason } of drift) console.error(`Drift in ${workspace}/${environment}: ${reason}.`)
    if (!result.ok) {
      console.error(`Chain of ${slug} broken at #${result.brokenAtSeq}: ${result.reason}.`)
      return 1
    }
    const held = checkpoint ? ` (checkpoint #${checkpoint.seq} of ${checkpoint.time} holds)` : ''
    console.log(`Chain of ${slug} verified up to #${result.verifiedSeq}${held}.`)
    if (drift.length > 0) return 1
    console.log(`Environments of ${slug}: no drift.`)
  },
})
