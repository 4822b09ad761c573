/**
 * Benchmark (not a test): times every console page against the framework floor (a
 * route of the same server that only reads the session), in interleaved rounds of
 * sequential requests, and counts the SQL statements each page sends. Prints a table
 * with the median, p95, statements, HTML size and the ratio to the floor.
 *
 *   npm run bench:pages [-- --rounds 20]      (DATABASE_URL or ATRIUM_DATA_DIR picks the database)
 */
import { parseArgs } from 'node:util'
import { percentiles, startBenchConsole, type BenchConsole } from './console'

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } })
const rounds = Number(values.rounds)

const bench = await startBenchConsole()
try {
  const pages = await consolePages(bench)
  const samples = new Map(pages.map(([name]) => [name, { ms: [] as number[], statements: 0, bytes: 0, status: 0 }]))
  // One warm-up round (compiles nothing, but fills caches a long-running server would have).
  for (let round = 0; round <= rounds; round++) {
    for (const [name, path] of pages) {
      const before = await bench.statements()
      const started = performance.now()
      const response = await fetch(bench.base + path, { headers: { cookie: bench.cookie }, redirect: 'manual' })
      const body = await response.arrayBuffer()
      const ms = performance.now() - started
      const sample = samples.get(name)!
      sample.statements = (await bench.statements()) - before
      sample.bytes = body.byteLength
      sample.status = response.status
      if (round > 0) sample.ms.push(ms)
    }
  }
  const floor = percentiles(samples.get('floor')!.ms).median
  console.log(`\n${rounds} rounds · ${new Date().toISOString().slice(0, 10)} · ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}\n`)
  console.log('| page | median ms | p95 ms | × floor | SQL statements | HTML KB | status |')
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  for (const [name, path] of pages) {
    const { ms, statements, bytes, status } = samples.get(name)!
    const { median, p95 } = percentiles(ms)
    console.log(
      `| ${name} \`${path.replace(/[0-9a-f-]{36}/g, '{id}')}\` | ${median.toFixed(1)} | ${p95.toFixed(1)} | ${(median / floor).toFixed(1)} | ${statements} | ${(bytes / 1024).toFixed(0)} | ${status} |`,
    )
  }
} finally {
  await bench.stop()
}

/** Every console page, with ids taken from what the signed-in admin sees. */
async function consolePages(bench: BenchConsole): Promise<[string, string][]> {
  const active = await fetch(`${bench.base}/api/active-workspace`, { headers: { cookie: bench.cookie } })
  const { workspace } = (await active.json()) as { workspace: { id: string } }
  const users = await (await fetch(`${bench.base}/settings/users`, { headers: { cookie: bench.cookie } })).text()
  const userId = /\/settings\/users\/([0-9a-f-]{36})/.exec(users)?.[1]
  const w = `/workspaces/${workspace.id}`
  return [
    ['floor', '/bench/floor'],
    ['dashboard', w],
    ['workspaces', '/workspaces'],
    ['new workspace', '/workspaces/new'],
    ['members', `${w}/members`],
    ['member search', `${w}/members?q=novak`],
    ['invitations', `${w}/members?view=invitations`],
    ['workspace settings', `${w}/settings`],
    ['users', '/settings/users'],
    ['user search', '/settings/users?q=tanaka'],
    ...(userId ? [['a user', `/settings/users/${userId}`] as [string, string]] : []),
    ['outbox', '/settings/outbox'],
    ['audit', '/audit'],
    ['audit filtered', '/audit?action=member.added'],
    ['audit deep (page 3000)', '/audit?page=3000'],
    ['audit deep (cursor)', '/audit?before=1000'],
  ]
}
