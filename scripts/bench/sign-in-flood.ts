/**
 * Benchmark (not a test): a flood of wrong passwords for one known address while a tenant
 * admin keeps saving a workspace's settings. Reports the admin's median save against idle
 * (the goal: within 1.5×), how the sign-ins were answered, and how much the audit chain grew
 * (the goal: bounded, not one entry per attempt).
 *
 *   npm run bench:sign-in-flood [-- --attempts 3000 --rate 40 --saves 60]
 *
 * On the configured database (PGlite by default; DATABASE_URL for PostgreSQL), seeded (npm
 * start, or db:migrate and db:seed, once). The attempts post the sign-in page's form at a
 * steady rate (the report that prompted the limiter: 3,000 in 80 s), each without waiting
 * for the one before, as a script against the console would.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openConfiguredDatabase } from '@/lib/db/client'
import { projectRoot } from '@/lib/db/migrations/runner'
import { percentiles, signInFormFields, signInThroughForm, startBenchConsole } from './console'

const { values } = parseArgs({
  options: {
    attempts: { type: 'string', default: '3000' },
    rate: { type: 'string', default: '40' },
    saves: { type: 'string', default: '60' },
  },
})
const [attempts, rate, saves] = [Number(values.attempts), Number(values.rate), Number(values.saves)]
const TARGET = 'member@acme.test'

/** The id Next.js gave a server action, from the build's manifest (what the console's own pages post). */
function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>
  }
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName)
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`)
  return found[0]
}

const bench = await startBenchConsole()
const startedAt = new Date()
let report: string[]
try {
  const active = await fetch(`${bench.base}/api/active-workspace`, { headers: { cookie: bench.cookie } })
  const { workspace } = (await active.json()) as { workspace: { id: string; name: string } }
  const saveSettings = actionId('lib/registry/run-action.ts', 'runAction')
  let call = 0
  /** One save of the workspace's settings through the action dispatcher, as the settings form sends it; its time in ms. */
  async function save(): Promise<number> {
    const began = performance.now()
    const response = await fetch(`${bench.base}/workspaces/${workspace.id}/settings`, {
      method: 'POST',
      headers: {
        cookie: bench.cookie,
        'next-action': saveSettings,
        'content-type': 'text/plain;charset=UTF-8',
        origin: bench.base,
        accept: 'text/x-component',
      },
      body: JSON.stringify([
        'workspace.updateSettings',
        {
          workspaceId: workspace.id,
          name: workspace.name,
          description: `Saved ${++call}`,
          color: 'indigo',
          expectedWorkspaceId: workspace.id,
        },
      ]),
    })
    const answer = await response.text()
    if (!answer.includes('"ok":true')) throw new Error(`a save failed: HTTP ${response.status} ${answer.slice(0, 200)}`)
    return performance.now() - began
  }
  const savesOneByOne = async (keepGoing: () => boolean, at_most: number) => {
    const times: number[] = []
    while (times.length < at_most && keepGoing()) times.push(await save())
    return times
  }

  await savesOneByOne(() => true, 10) // warm-up
  const idle = await savesOneByOne(() => true, saves)

  const answers = new Map<string, number>()
  const fields = await signInFormFields(bench.base)
  const attempt = async (n: number) => {
    const result = await signInThroughForm(bench.base, TARGET, `wrong-guess-${n}`, fields)
    const answer = 'cookie' in result ? 'signed in' : result.refusal.replace(/\d+/, 'N').replace(/(second|minute)s?\b/, '$1(s)')
    answers.set(answer, (answers.get(answer) ?? 0) + 1)
  }
  const floodBegan = performance.now()
  let flooding = true
  const during = savesOneByOne(() => flooding, Number.POSITIVE_INFINITY)
  const inFlight: Promise<void>[] = []
  for (let n = 0; n < attempts; n++) {
    inFlight.push(attempt(n))
    // The next attempt leaves on schedule, whether or not the earlier ones were answered.
    const due = floodBegan + ((n + 1) * 1000) / rate
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
  }
  await Promise.all(inFlight)
  flooding = false
  const floodSeconds = (performance.now() - floodBegan) / 1000
  const underFlood = await during

  const idleMedian = percentiles(idle).median
  const floodMedian = percentiles(underFlood).median
  report = [
    `\n${attempts} wrong passwords for ${TARGET}, ${rate} a second · ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
    `flood: ${floodSeconds.toFixed(1)} s (${(attempts / floodSeconds).toFixed(0)} attempts/s answered)`,
    ...[...answers].map(([answer, count]) => `  ${count} × ${answer}`),
    '',
    '| admin saves settings | saves | median ms | p95 ms |',
    '|---|---:|---:|---:|',
    `| idle | ${idle.length} | ${idleMedian.toFixed(1)} | ${percentiles(idle).p95.toFixed(1)} |`,
    `| during the flood | ${underFlood.length} | ${floodMedian.toFixed(1)} | ${percentiles(underFlood).p95.toFixed(1)} |`,
    '',
    `during / idle: ${(floodMedian / idleMedian).toFixed(2)} (goal ≤ 1.5)`,
  ]
} finally {
  await bench.stop()
}

// The server is gone: the embedded database can be opened here now.
const { db, close } = openConfiguredDatabase()
try {
  const entries = await db.auditEvent.groupBy({ by: ['action'], where: { createdAt: { gte: startedAt } }, _count: true })
  const securityEvents = await db.securityEvent.count({ where: { at: { gte: startedAt } } })
  console.log(report.join('\n'))
  console.log(`\naudit entries appended meanwhile (every tenant): ${entries.reduce((sum, e) => sum + e._count, 0)}`)
  for (const entry of entries) console.log(`  ${entry._count} × ${entry.action}`)
  console.log(`security events recorded (outside the audit chain): ${securityEvents}`)
} finally {
  await close()
}
