import fs from 'node:fs'
import { getConfig } from '@/lib/config'
import { openConfiguredDatabase } from '@/lib/db/client'
import { verifyChain } from '../chain'
import { verifyWithCheckpoint, type Checkpoint } from '../checkpoint'
import { option } from './args'

// npm run audit:verify -- --tenant <slug> [--checkpoint <file>]
const slug = option('tenant')
if (!slug) {
  console.error('Usage: npm run audit:verify -- --tenant <slug> [--checkpoint <file>]')
  process.exit(2)
}
const config = getConfig()
const { db, close } = openConfiguredDatabase(config.database)
try {
  const tenant = await db.tenant.findUnique({ where: { slug } })
  if (!tenant) throw new Error(`No tenant with the slug ${slug}.`)
  const checkpointFile = option('checkpoint')
  const checkpoint = checkpointFile ? (JSON.parse(fs.readFileSync(checkpointFile, 'utf8')) as Checkpoint) : null
  if (checkpoint && checkpoint.tenantId !== tenant.id) throw new Error(`The checkpoint belongs to tenant ${checkpoint.tenant}, not ${slug}.`)
  const result = checkpoint ? await verifyWithCheckpoint(db, config.auditKey, checkpoint) : await verifyChain(db, config.auditKey, tenant.id)
  if (result.ok) {
    console.log(`Chain of ${slug} verified up to #${result.verifiedSeq}${checkpoint ? ` (checkpoint #${checkpoint.seq} of ${checkpoint.time} holds)` : ''}.`)
  } else {
    console.error(`Chain of ${slug} broken at #${result.brokenAtSeq}: ${result.reason}.`)
    process.exitCode = 1
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
} finally {
  await close()
}
