import { randomBytes } from 'node:crypto'
import { defineConfig } from '@playwright/test'
import baseConfig from './playwright.config'

// A fresh database for every run, named here so that the spec can reach it too (the
// workers inherit this process's environment).
if (!process.env.INSTANCES_DATABASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres')
  url.pathname = `/atrium_instances_${randomBytes(4).toString('hex')}`
  process.env.INSTANCES_DATABASE_URL = url.toString()
}

// Two `next start` processes on one PostgreSQL database (scripts/two-instances.ts).
export default defineConfig({
  ...baseConfig,
  testMatch: 'two-instances.spec.ts',
  testIgnore: [],
  projects: [{ name: 'two-instances', testMatch: 'two-instances.spec.ts' }],
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-instances-report.json' }]],
  outputDir: 'test-results/e2e-instances',
  use: { ...baseConfig.use, baseURL: 'http://localhost:3221' },
  webServer: {
    command: 'npx tsx scripts/two-instances.ts',
    url: 'http://localhost:3222/login',
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
