import fs from 'node:fs'
import { sharedSessionsDir } from './fixtures'

/** Removes the consoles' databases made for this run (playwright.config.ts), and the sessions its specs shared (e2e/fixtures.ts). */
export default function removeConsoleDatabases() {
  if (process.env.E2E_DATA_ROOT) fs.rmSync(process.env.E2E_DATA_ROOT, { recursive: true, force: true })
  fs.rmSync(sharedSessionsDir(), { recursive: true, force: true })
}
