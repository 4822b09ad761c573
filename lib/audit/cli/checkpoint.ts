import fs from 'node:fs'
import { required, runCommand } from '@/lib/cli/command'
import { createCheckpoint } from '../checkpoint'

// Keep the statement outside the database (another system, a ticket, a printout).
await runCommand({
  path: 'audit-verifier',
  usage: 'Usage: npm run audit:checkpoint -- --tenant <slug> [--out <file>]',
  options: { tenant: { type: 'string' }, out: { type: 'string' } },
  parse: ({ tenant, out }) => ({ slug: required(tenant), out }),
  async run({ args: { slug, out }, db, config }) {
    const checkpoint = await createCheckpoint(db, config.auditKey, slug)
    const text = JSON.stringify(checkpoint, null, 2) + '\n'
    if (out) {
      fs.writeFileSync(out, text)
      console.error(`Checkpoint of ${slug} at #${checkpoint.seq} written to ${out}.`)
    } else {
      process.stdout.write(text)
    }
  },
})
