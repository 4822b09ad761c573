import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { SMTP_PORT_OFFSET } from './e2e/mailbox'

const firstPort = Number(process.env.E2E_PORT ?? 3230)

/**
 * Every spec gets a console of its own on a fresh embedded database with the demo data,
 * so specs never see each other's changes, a failure cannot cascade, and two run at once.
 * The main process makes the data directories; the workers re-read this file and reuse them.
 */
process.env.E2E_DATA_ROOT ??= fs.mkdtempSync(path.join(os.tmpdir(), 'atrium-e2e-'))
// The web servers inherit this environment: an outside DATABASE_URL would make them share one database.
delete process.env.DATABASE_URL
const specs = fs
  .readdirSync(path.join(import.meta.dirname, 'e2e'))
  .filter((file) => file.endsWith('.spec.ts') && file !== 'two-instances.spec.ts')
  // E2E_SPECS=members,audit-log starts only those specs' consoles (while working on them).
  .filter((file) => !process.env.E2E_SPECS || process.env.E2E_SPECS.split(',').includes(file.replace(/\.spec\.ts$/, '')))
  .sort()
const SPECS_READING_MAIL = new Set(['accounts.spec.ts', 'organisations.spec.ts'])
/**
 * Specs whose console starts on an empty embedded database (ATRIUM_DEMO=0), as a new instance
 * does; an organisation scheduled for deletion there is purged within a minute, not days. The
 * grace period still outlasts a slow machine's walk from scheduling to cancelling (about 20 s
 * under CI's load): six seconds did not.
 */
const SPECS_STARTING_EMPTY = new Set(['organisations.spec.ts'])
const EMPTY_START = { ATRIUM_DEMO: '0', ORGANISATION_DELETION_GRACE: '45s', ORGANISATION_PURGE_INTERVAL: '2s' }
const consoles = specs.map((spec, index) => ({
  spec,
  port: firstPort + index,
  dataDir: path.join(process.env.E2E_DATA_ROOT!, spec.replace(/\.spec\.ts$/, '')),
}))

export default defineConfig({
  testDir: 'e2e',
  // Run by playwright.instances.config.ts, against two servers on PostgreSQL.
  testIgnore: ['**/two-instances.spec.ts'],
  globalTeardown: './e2e/global-teardown.ts',
  // Specs are independent (one console each). The tests inside a spec are independent too (each
  // makes what it needs, named its own), but run one at a time: they share their spec's database,
  // and some read it whole (a list's exact content, the next release number, the last sign-in).
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two browsers and a console per spec share two cores: a long flow (a 16-page walk with axe on each,
  // a release rolled back through review) took over a minute under that load. A safety net, not a measure.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: consoles.map(({ spec, port }) => ({ name: spec, testMatch: spec, use: { baseURL: `http://localhost:${port}` } })),
  // `npm test` builds first; the consoles only migrate, seed and serve.
  webServer: consoles.map(({ spec, port, dataDir }) => ({
    command: 'npx tsx scripts/start.ts',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore' as const,
    env: {
      PORT: String(port),
      ATRIUM_DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
      // A spec that reads mail runs an SMTP server of its own (e2e/mailbox.ts) for its console to send to.
      ...(SPECS_READING_MAIL.has(spec) ? { SMTP_URL: `smtp://127.0.0.1:${port + SMTP_PORT_OFFSET}` } : {}),
      ...(SPECS_STARTING_EMPTY.has(spec) ? EMPTY_START : {}),
    },
  })),
})
