import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each file gets its own fresh database; files run in parallel on the two cores.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
