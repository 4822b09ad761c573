/**
 * For the two-instance end-to-end test: a fresh PostgreSQL database (migrated, with the
 * demo data) served by two Atrium servers (scripts/server.ts) that share AUTH_SECRET, AUDIT_KEY and
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY. Playwright starts this as its web server and stops
 * it after the tests; the database is dropped on the way out.
 */
import { newRootKeyEntry } from '../lib/crypto/root-keys'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..')
const url = new URL(process.env.INSTANCES_DATABASE_URL ?? '')
const database = url.pathname.slice(1)
if (!/^atrium_instances_\w+$/.test(database)) throw new Error('INSTANCES_DATABASE_URL must name a database atrium_instances_…')
const [portA, portB] = [3221, 3222]
const server = new URL(url)
server.pathname = '/postgres'

const admin = new pg.Client({ connectionString: server.toString() })
await admin.connect()
await admin.query(`CREATE DATABASE "${database}"`)

const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  AUDIT_KEY: randomBytes(32).toString('base64url'),
  ATRIUM_ENCRYPTION_KEYS: newRootKeyEntry(1),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  NEXT_TELEMETRY_DISABLED: '1',
}
for (const script of ['lib/db/cli/migrate.ts', 'lib/demo/cli/seed.ts']) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [script], { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${script} failed`)
}

const instances: ChildProcess[] = [portA, portB].map((port) =>
  spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/server.ts'], {
    cwd: root,
    env: { ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: 'inherit',
  }),
)

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  for (const instance of instances) instance.kill('SIGTERM')
  await Promise.all(
    instances.map((instance) => new Promise((resolve) => (instance.exitCode !== null ? resolve(null) : instance.once('exit', resolve)))),
  )
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {})
  await admin.end()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop)
for (const instance of instances) instance.on('exit', () => void stop())
console.log(`Two instances on ${database}: http://localhost:${portA} and http://localhost:${portB}`)
