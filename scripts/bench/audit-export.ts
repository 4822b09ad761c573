/**
 * Benchmark (not a test): exports N audit entries (default 100,000) as CSV through the
 * same streaming path as /audit/export and reports time and peak memory. The entries are
 * inserted straight into an in-memory PGlite; their hashes are not a valid chain, which
 * the export does not look at.
 *
 *   npm run bench:audit-export -- 100000
 */
import { exportStream } from '@/lib/audit-log/export'
import { parseAuditFilters } from '@/lib/audit-log/filters'
import { auditEntries } from '@/lib/audit-log/queries'
import { connectPGlite, newPGlite } from '@/lib/db/adapter'
import { openDatabase } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations/runner'

const count = Number(process.argv[2] ?? 100_000)
const pglite = newPGlite()
// A benchmark arranges its rows directly: the demo's path across tenants.
const connection = connectPGlite(pglite, undefined, { defaultScope: { acrossTenants: 'demo-seed' } })
await applyMigrations(connection)
const { db, close } = openDatabase(connection)

const tenant = await db.tenant.create({ data: { name: 'Bench', slug: 'bench' } })
const user = await db.user.create({ data: { email: 'bench@example.test', name: 'Bench User', passwordHash: 'x' } })
await pglite.query(
  `INSERT INTO "AuditEvent" (id, "tenantId", seq, "actorId", action, "targetType", "targetId", data, ip, "userAgent", "prevHash", hash)
   SELECT gen_random_uuid()::text, $1, n, $2, 'workspace.updated', 'workspace', 'w-' || (n % 50),
          jsonb_build_object('before', jsonb_build_object('name', 'Name ' || n), 'after', jsonb_build_object('name', 'Name ' || (n + 1))),
          '127.0.0.1', 'bench', md5('p' || n) || md5('q' || n), md5('h' || n) || md5('i' || n)
   FROM generate_series(1, $3) AS n`,
  [tenant.id, user.id, count],
)
const collect = (globalThis as { gc?: () => void }).gc
collect?.()
const baseline = process.memoryUsage()
let peakRss = baseline.rss
let peakHeap = baseline.heapUsed
// PGlite answers in this thread, so a timer might never get a turn: sample in the read loop.
// With --expose-gc (npm run bench:audit-export does that) each sample first collects
// garbage, so the figures are what the export keeps alive, not what it has yet to free.
const sample = () => {
  collect?.()
  const now = process.memoryUsage()
  peakRss = Math.max(peakRss, now.rss)
  peakHeap = Math.max(peakHeap, now.heapUsed)
}

const started = performance.now()
const reader = exportStream(auditEntries(db, { tenantId: tenant.id, workspaceIds: 'all' }, parseAuditFilters({})), 'csv').getReader()
let bytes = 0
let lines = 0
for (;;) {
  const { done, value } = await reader.read()
  if (done) break
  bytes += value.byteLength
  if (++lines % 200 === 0) sample()
}
sample()
const seconds = (performance.now() - started) / 1000

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`
console.log(`exported ${lines - 1} entries (${mib(bytes)} of CSV) in ${seconds.toFixed(1)} s`)
console.log(`heap: ${mib(baseline.heapUsed)} before, ${mib(peakHeap)} peak (+${mib(peakHeap - baseline.heapUsed)})`)
console.log(`rss:  ${mib(baseline.rss)} before, ${mib(peakRss)} peak (+${mib(peakRss - baseline.rss)})`)
await close()
