import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { expect, type Page } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'

export const DEMO_PASSWORD = 'atrium-demo'

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/**
 * Signs in through the form and waits for the console. For the specs that test signing in, and
 * for a test that signs out, changes a password, ends sessions or turns on two-factor
 * authentication; other tests open the console with a shared session (e2e/fixtures.ts).
 */
export async function signInAndWait(page: Page, email: string) {
  await signIn(page, email)
  await waitForConsole(page)
}

/** Waits for the console a signed-in person lands in (the home page redirects to the active workspace). */
export async function waitForConsole(page: Page) {
  // Wait for the redirect, or a click can land mid-redirect.
  await page.waitForURL(/\/workspaces\/[^/]+$/)
  await expect(page.getByTestId('active-workspace')).toBeVisible()
  await waitForHydration(page)
}

/** Waits until React has hydrated the page loaded last (components/console/hydration-marker.tsx). */
export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
}

/** Opens the user menu at the foot of the sidebar. */
export async function openUserMenu(page: Page) {
  await page.getByRole('button', { name: /Account, theme and sign out/ }).click()
}

export async function signOut(page: Page) {
  await openUserMenu(page)
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/login/)
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Runs axe in the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page) {
  // After a client-side navigation Next streams the new page's <title> separately from its
  // content: every page must have its own title, and axe judges the page once it has it.
  await expect(page).toHaveTitle(/Atrium$/)
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run()
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * A name of its own for something a test creates: the tests of a spec share one database and
 * run in any order (or again, on a retry), so none may meet another's leftovers.
 */
export function unique(name: string) {
  return `${name} ${randomBytes(3).toString('hex')}`
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
}

/**
 * Collects what the browser reports as Content-Security-Policy violations on a page
 * (the console message and the securitypolicyviolation event), to assert none happened.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return violations
}

/**
 * On a members page: opens "Add people", types the address, chooses to invite it with the
 * role, and sends. Without SMTP the dialog then shows the link once; this returns its path.
 */
export async function inviteByEmail(page: Page, email: string, role?: 'workspace_admin' | 'workspace_member' | 'workspace_viewer') {
  await page.getByRole('button', { name: 'Add people' }).click()
  const dialog = page.getByRole('dialog', { name: /^Add people to/ })
  await dialog.getByLabel('Name or email address').fill(email)
  await dialog.getByRole('button', { name: `Invite ${email.toLowerCase()} by email` }).click()
  if (role) await dialog.getByLabel('Role', { exact: true }).selectOption(role)
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  const link = await dialog.getByLabel(`Invitation link for ${email.toLowerCase()}`).inputValue()
  return { dialog, path: new URL(link).pathname }
}

/** Pat saves a new description of an agent in Development and proposes it to Staging; returns the release's address. */
export async function proposeToStaging(pat: Page, overview: string, agentKey: string, description: string, title: string) {
  await pat.goto(`${overview}/environments/development/resources/agent/${agentKey}`)
  await pat.getByLabel('Description').fill(description)
  await pat.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(pat.getByText(/Saved as revision #\d+\./)).toBeVisible()
  await pat.getByRole('link', { name: 'Compare with Staging' }).click()
  await pat.getByLabel('Title').fill(title)
  await pat.getByRole('button', { name: 'Submit release to Staging' }).click()
  await expect(pat.getByRole('heading', { level: 1 })).toContainText(title)
  return pat.url()
}

/** What the person's authenticator app shows for their key, now or a step (30 s) ahead. */
export function codeFor(key: string, stepsAhead = 0) {
  const totp = new TOTP({ issuer: 'Atrium', secret: Secret.fromBase32(key.replace(/\s/g, '')), digits: 6, period: 30 })
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 })
}

/** On the set-up page: reads the key to type, confirms with the app's code; returns the key and the recovery codes. */
export async function setUpTwoFactor(page: Page, password = DEMO_PASSWORD) {
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible()
  const key = await page.getByLabel('Or type this key into the app instead:').inputValue()
  await page.getByLabel('Your password').fill(password)
  await page.getByLabel('Code from the app').fill(codeFor(key, 10))
  await page.getByRole('button', { name: 'Turn on' }).click()
  await expect(page.getByText(/This code is not right/)).toBeVisible()
  await page.getByLabel('Code from the app').fill(codeFor(key))
  await page.getByRole('button', { name: 'Turn on' }).click()
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')
  await expect(codes).toHaveCount(10)
  return { key, recoveryCodes: await codes.allTextContents() }
}

/** On a release's page: clicks Apply, and confirms in the dialog a protected target asks with. */
export async function applyRelease(page: Page) {
  const apply = page.getByRole('button', { name: /^Apply to / })
  const asksFirst = (await apply.textContent())!.endsWith('…')
  await apply.click()
  if (asksFirst)
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Apply to / })
      .click()
}

/** A console page's header: its trail, its title and, beside the title (not in it), its badges. */
export const pageHeader = (page: Page) => page.getByRole('main').locator('header').first()
