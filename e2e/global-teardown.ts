import fs from 'node:fs'

/** Removes the consoles' databases made for this run (playwright.config.ts). */
export default function removeConsoleDatabases() {
  if (process.env.E2E_DATA_ROOT) fs.rmSync(process.env.E2E_DATA_ROOT, { recursive: true, force: true })
}
