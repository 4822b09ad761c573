/**
 * `npm test`: the whole suite.
 *   1. Vitest on the embedded database (PGlite);
 *   2. Vitest on PostgreSQL, when TEST_DATABASE_URL is set or a server answers on
 *      127.0.0.1:5432 (each run creates and drops its own databases);
 *   3. `next build`, then Playwright in Debian's Chromium against `next start` on a
 *      fresh embedded database, and (with PostgreSQL) against two `next start`
 *      instances sharing one fresh PostgreSQL database.
 * Every stage runs even when an earlier one fails; the last line is "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
const results = path.join(root, 'test-results')
fs.mkdirSync(results, { recursive: true })
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

interface Counts {
  passed: number
  failed: number
  skipped: number
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 }
const problems: string[] = []

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label} ===`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } })
  if (result.status !== 0) problems.push(`${label} exited with ${result.status ?? result.signal}`)
  return result.status === 0
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

function vitest(label: string, env: Record<string, string>) {
  const report = path.join(results, `vitest-${label}.json`)
  fs.rmSync(report, { force: true })
  run(`Vitest on ${label}`, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env)
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report)
  if (!json) return problems.push(`Vitest on ${label} wrote no report`)
  total.passed += json.numPassedTests
  total.failed += json.numFailedTests
  total.skipped += json.numPendingTests + json.numTodoTests
}

async function postgresServer(): Promise<string | null> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL
  const url = 'postgresql://postgres@127.0.0.1:5432/postgres'
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return url
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

function playwright(label: string, config: string, reportName: string, env: Record<string, string> = {}) {
  const report = path.join(results, reportName)
  fs.rmSync(report, { force: true })
  run(label, bin('playwright'), ['test', '-c', config], env)
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report)
  if (!json) return problems.push(`${label} wrote no report`)
  total.passed += json.stats.expected
  total.failed += json.stats.unexpected + json.stats.flaky
  total.skipped += json.stats.skipped
}

vitest('pglite', { TEST_DATABASE_URL: '' })

const server = await postgresServer()
if (server) vitest('postgres', { TEST_DATABASE_URL: server })
else console.log('\n=== Vitest on PostgreSQL skipped: no server on 127.0.0.1:5432 and no TEST_DATABASE_URL ===')

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!fs.existsSync(chromium)) {
  problems.push(`end-to-end tests need Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`)
} else if (run('next build', bin('next'), ['build'])) {
  playwright('Playwright in Chromium', 'playwright.config.ts', 'e2e-report.json')
  if (server) {
    playwright('Playwright: two app instances on PostgreSQL', 'playwright.instances.config.ts', 'e2e-instances-report.json', {
      TEST_DATABASE_URL: server,
    })
  } else {
    console.log('\n=== Two-instance test skipped: no PostgreSQL server ===')
  }
}

console.log('')
for (const problem of problems) console.log(`problem: ${problem}`)
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(problems.length > 0 || total.failed > 0 || total.passed === 0 ? 1 : 0)
