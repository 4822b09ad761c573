/**
 * `npm start`: builds the app if it has not been built, applies pending migrations,
 * loads the demo data (the default on the embedded database; ATRIUM_DEMO=0 starts empty, at /setup), then serves the console on PORT
 * and prints where to sign in.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { getConfig } from '@/lib/config'
import { connect } from '@/lib/db/adapter'
import { openDatabase } from '@/lib/db/client'
import { applyMigrations, projectRoot } from '@/lib/db/migrations/runner'
import { DEMO_PASSWORD, seedDemoData } from '@/lib/demo/seed'
import { needsSetUp, setUpKeyOf } from '@/lib/tenants/setup'
import { waitUntilServing } from './serving'

const nextBin = path.join(projectRoot, 'node_modules/.bin/next')

function fail(message: string): never {
  console.error(`\nAtrium could not start: ${message}`)
  process.exit(1)
}

/** Migrates, loads the demo when asked, and says whether the instance still waits for its first run. */
async function prepareDatabase(): Promise<{ needsSetUp: boolean }> {
  const config = getConfig()
  const connection = connect(config.database)
  try {
    const applied = await applyMigrations(connection)
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`)
    const { db } = openDatabase(connection)
    if (config.demo) {
      const { createdTenants } = await seedDemoData(db, config)
      if (createdTenants.length) console.log(`Loaded demo data: ${createdTenants.join(', ')}`)
    }
    const waiting = await needsSetUp(db)
    await db.$disconnect()
    return { needsSetUp: waiting }
  } finally {
    // Releases the embedded database's lock before the server opens it.
    await connection.close()
  }
}

let config
try {
  config = getConfig()
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

if (!fs.existsSync(path.join(projectRoot, '.next/BUILD_ID'))) {
  console.log('Building Atrium (first start only)…')
  const build = spawnSync(nextBin, ['build'], { cwd: projectRoot, stdio: 'inherit' })
  if (build.status !== 0) fail('the build failed (see above)')
}

let firstRun = false
try {
  firstRun = (await prepareDatabase()).needsSetUp
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

const server = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/server.ts'], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

const url = `http://localhost:${config.port}`
// Ready once the database answers: the first sign-in then does not wait for it to open.
await waitUntilServing(`${url}/api/health`, server).catch((error: Error) => fail(error.message))
console.log(`\n  Atrium is running at ${url}`)
if (firstRun) {
  const key = setUpKeyOf(config)
  console.log(
    `  Nobody has an account yet: open ${config.appUrl}/setup${key ? `?key=${key}` : ''} to create the first account and organisation.\n`,
  )
} else if (config.demo) {
  console.log(`  Sign in as admin@acme.test with the password "${DEMO_PASSWORD}" (README lists every demo user).\n`)
}
