import fs from 'node:fs'
import { getConfig } from '@/lib/config'
import { openConfiguredDatabase } from '@/lib/db/client'
import { createCheckpoint } from '../checkpoint'
import { option } from './args'

// npm run audit:checkpoint -- --tenant <slug> [--out <file>]
// Keep the statement outside the database (another system, a ticket, a printout).
const slug = option('tenant')
if (!slug) {
  console.error('Usage: npm run audit:checkpoint -- --tenant <slug> [--out <file>]')
  process.exit(2)
}
const config = getConfig()
const { db, close } = openConfiguredDatabase(config.database)
try {
  const checkpoint = await createCheckpoint(db, config.auditKey, slug)
  const text = JSON.stringify(checkpoint, null, 2) + '\n'
  const out = option('out')
  if (out) {
    fs.writeFileSync(out, text)
    console.error(`Checkpoint of ${slug} at #${checkpoint.seq} written to ${out}.`)
  } else {
    process.stdout.write(text)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await close()
}
