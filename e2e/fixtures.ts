import fs from 'node:fs'
import path from 'node:path'
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test'
import { signInAndWait, waitForConsole } from './helpers'

export { expect } from '@playwright/test'

/** What a test may choose for the browser a person opens the console in. */
export type ConsoleOptions = Pick<BrowserContextOptions, 'viewport' | 'colorScheme' | 'userAgent' | 'extraHTTPHeaders'>

/**
 * Where this run keeps the sessions its specs share: one storage state per spec console and
 * person. The run's name is that of its consoles' data directory (playwright.config.ts), so a
 * state never outlives the database its session record is in; global-teardown.ts removes it.
 */
export function sharedSessionsDir() {
  return path.join(import.meta.dirname, '..', 'test-results', 'e2e-sessions', path.basename(process.env.E2E_DATA_ROOT ?? 'local'))
}

interface TestFixtures {
  /**
   * The console as a demo person sees it, in a browser context of its own: signed in, on the
   * page the home page redirects to (their active workspace), hydrated. The person signed in
   * through the form once on this spec's console, and every test reuses that session (a
   * session lasts 12 hours). Contexts are closed after the test.
   *
   * A test that signs out, changes a password, ends sessions or turns on two-factor
   * authentication must not end the shared session: it signs in through the form itself
   * (signInAndWait), as do the tests of signing in.
   */
  signedInAs(email: string, options?: ConsoleOptions): Promise<Page>
}

interface WorkerFixtures {
  /** The storage state file of a person's shared session on this worker's console; signs them in the first time. */
  sharedSession(email: string): Promise<string>
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sharedSession: [
    async ({ browser }, provide, workerInfo) => {
      const dir = path.join(sharedSessionsDir(), workerInfo.project.name)
      const made = new Map<string, Promise<string>>()
      const signInOnce = async (email: string) => {
        const file = path.join(dir, `${email}.json`)
        // Made by an earlier worker on the same console (a worker starts again after a failure).
        if (fs.existsSync(file)) return file
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL })
        try {
          await signInAndWait(await context.newPage(), email)
          fs.mkdirSync(dir, { recursive: true })
          await context.storageState({ path: `${file}.tmp` })
          fs.renameSync(`${file}.tmp`, file)
          return file
        } finally {
          await context.close()
        }
      }
      await provide((email) => {
        let file = made.get(email)
        if (!file) {
          file = signInOnce(email)
          made.set(email, file)
          // A failed sign-in is not remembered: the next test tries again.
          file.catch(() => made.delete(email))
        }
        return file
      })
    },
    { scope: 'worker' },
  ],

  signedInAs: async ({ browser, sharedSession }, provide) => {
    const contexts: BrowserContext[] = []
    await provide(async (email, options = {}) => {
      const context = await browser.newContext({ ...options, storageState: await sharedSession(email) })
      contexts.push(context)
      const page = await context.newPage()
      await page.goto('/')
      if (new URL(page.url()).pathname === '/login')
        throw new Error(`The shared session of ${email} has ended: a test that signs out or ends sessions must sign in through the form.`)
      await waitForConsole(page)
      return page
    })
    for (const context of contexts) await context.close()
  },
})
