/**
 * Benchmark (not a test): 50 connections for 20 s against the dashboard (the active
 * workspace's overview), then against the floor route of the same server, and the ratio.
 *
 *   npm run bench:load [-- --connections 50 --seconds 20]
 */
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startBenchConsole } from './console'

const { values } = parseArgs({ options: { connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '20' } } })

const bench = await startBenchConsole()
try {
  const active = await fetch(`${bench.base}/api/active-workspace`, { headers: { cookie: bench.cookie } })
  const { workspace } = (await active.json()) as { workspace: { id: string } }
  const targets = [
    ['dashboard', `/workspaces/${workspace.id}`],
    ['floor', '/bench/floor'],
  ] as const
  const results: Record<string, autocannon.Result> = {}
  for (const [name, path] of targets) {
    results[name] = await autocannon({
      url: bench.base + path,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      headers: { cookie: bench.cookie },
    })
  }
  console.log(`\n${values.connections} connections × ${values.seconds} s · ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}\n`)
  // autocannon reports p90 and p97.5, not p95.
  console.log('| target | requests/s | p50 ms | p90 ms | p97.5 ms | p99 ms | errors | non-2xx |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const [name] of targets) {
    const r = results[name]!
    console.log(
      `| ${name} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p97_5} | ${r.latency.p99} | ${r.errors} | ${r.non2xx} |`,
    )
  }
  console.log(`\ndashboard / floor: ${(results.dashboard!.requests.average / results.floor!.requests.average).toFixed(2)}`)
} finally {
  await bench.stop()
}
