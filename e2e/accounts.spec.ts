import { expect, test, type Page } from '@playwright/test'
import {
  codeFor,
  DEMO_PASSWORD,
  openUserMenu,
  screenshot,
  seriousAccessibilityViolations,
  setUpTwoFactor,
  signIn,
  signInAndWait,
  signOut,
  waitForHydration,
} from './helpers'
import { openMailbox, type Mailbox } from './mailbox'

/*
 * Every test here signs in through the form: each signs out, locks an account out, turns on
 * two-factor authentication, ends sessions or resets a password, which a shared session
 * (e2e/fixtures.ts) must not live through. No two tests sign in as the same person, and the
 * one change to the whole of Acme (requiring two-factor authentication) is undone by the test
 * that makes it: the tests run in any order.
 */

async function openAccountPage(page: Page) {
  await openUserMenu(page)
  await page.getByRole('link', { name: 'Your account' }).click()
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible()
  await expect(page).toHaveTitle(/Your account/)
  await waitForHydration(page)
}

/** A form's refusal (Next.js's route announcer is an alert too, outside the page's main). */
const formAlert = (page: Page) => page.getByRole('main').getByRole('alert')

/** The second step of signing in. */
async function enterCode(page: Page, code: string) {
  await expect(page.getByLabel('Authentication code')).toBeVisible()
  await page.getByLabel('Authentication code').fill(code)
  await page.getByRole('button', { name: 'Verify' }).click()
}

test('after signing out, a copy of the old session cookie opens nothing', async ({ page, browser, baseURL }) => {
  await signInAndWait(page, 'auditor@acme.test')
  await page.goto('/audit')
  await expect(page.getByRole('heading', { name: /Audit log/, level: 1 })).toBeVisible()
  const copied = await page.context().cookies()
  expect(copied.some((cookie) => cookie.name.includes('session-token'))).toBe(true)
  await signOut(page)

  const attacker = await browser.newContext({ baseURL })
  await attacker.addCookies(copied)
  const replay = await attacker.newPage()
  await replay.goto('/audit')
  await expect(replay).toHaveURL(/\/login/)
  await expect(replay.getByRole('heading', { name: 'Sign in to Atrium' })).toBeVisible()
  await attacker.close()
})

test('ten wrong passwords lead to the lock-out message, and the right one waits too', async ({ page }) => {
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, 'viewer@acme.test', `wrong-guess-${attempt}`)
    await expect(formAlert(page)).toHaveText(
      attempt <= 5 ? 'Incorrect email or password.' : /^Too many attempts\. Try again in \d+ seconds?\.$/,
    )
  }
  await signIn(page, 'viewer@acme.test', DEMO_PASSWORD)
  await expect(formAlert(page)).toHaveText(/^Too many attempts\. Try again in/)
  await expect(page).toHaveURL(/\/login/)
  await screenshot(page, 'login-locked-out')
})

test('a person sets up two-factor authentication, then signs in with a code and with a recovery code', async ({ page }) => {
  await signInAndWait(page, 'member@acme.test')
  await openAccountPage(page)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'account')
  await page.getByRole('link', { name: 'Set up two-factor authentication' }).click()
  await expect(page.getByRole('heading', { name: 'Set up two-factor authentication' })).toBeVisible()
  await waitForHydration(page)
  const { key, recoveryCodes } = await setUpTwoFactor(page)
  await screenshot(page, 'two-factor-recovery-codes')
  await page.getByRole('link', { name: 'Back to your account' }).click()
  await expect(page.getByText(/Since .*10 of 10 recovery codes left/)).toBeVisible()

  // A code from far off is refused; the app's next one signs in (the one that turned it on is spent).
  await signOut(page)
  await signIn(page, 'member@acme.test')
  await enterCode(page, codeFor(key, 10))
  await expect(formAlert(page)).toHaveText(/That code is not right/)
  await screenshot(page, 'login-second-factor')
  await enterCode(page, codeFor(key, 1))
  await expect(page.getByTestId('active-workspace')).toBeVisible()

  await signOut(page)
  await signIn(page, 'member@acme.test')
  await enterCode(page, recoveryCodes[0]!)
  await expect(page.getByTestId('active-workspace')).toBeVisible()
  await waitForHydration(page)
  await openAccountPage(page)
  await expect(page.getByText(/9 of 10 recovery codes left/)).toBeVisible()
})

test('the account page lists sessions by device: one ended elsewhere is signed out there', async ({ page, browser, baseURL }) => {
  const firefox = { baseURL, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0' }
  const other = await browser.newContext(firefox)
  const laptop = await other.newPage()
  await signInAndWait(laptop, 'rob@acme.test')
  // Signed in again later from the same browser and address: one device, its older session folded.
  const again = await browser.newContext(firefox)
  await signInAndWait(await again.newPage(), 'rob@acme.test')
  await signInAndWait(page, 'rob@acme.test')
  await openAccountPage(page)
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')
  await expect(sessions).toHaveCount(2)
  await expect(sessions.first()).toContainText('This device')
  await expect(page.getByText(/^1 older session on Firefox on Windows from /)).toBeVisible()
  await screenshot(page, 'account-sessions-by-device')
  // The newest of that device first; then the laptop's, no longer folded.
  await page.getByRole('button', { name: /^Sign out Firefox on Windows/ }).click()
  await expect(page.getByText('Signed out Firefox on Windows.')).toBeVisible()
  await expect(page.getByText(/older session/)).toHaveCount(0)
  await expect(sessions).toHaveCount(2)
  await page.getByRole('button', { name: /^Sign out Firefox on Windows/ }).click()
  await expect(sessions).toHaveCount(1)
  await laptop.goto('/')
  await expect(laptop).toHaveURL(/\/login/)
  await other.close()
  await again.close()
})

test('a tenant that requires two-factor authentication sends a member without it to set it up first', async ({ page, browser }) => {
  await signInAndWait(page, 'admin@acme.test')
  await page.goto('/settings/security')
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible()
  await waitForHydration(page)
  // Not offered before the admin has it: disabled, with why and the way to it.
  await expect(page.getByRole('button', { name: 'Require two-factor authentication' })).toBeDisabled()
  await expect(page.getByText('Set it up for yourself first')).toBeVisible()
  await screenshot(page, 'security-two-factor-yourself-first')
  await page.getByRole('link', { name: 'set up two-factor authentication' }).click()
  await waitForHydration(page)
  await setUpTwoFactor(page)
  await expect(page.getByRole('link', { name: 'Back to security settings' })).toBeVisible()
  await page.goto('/settings/security')
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Require two-factor authentication' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Require it' }).click()
  await expect(page.getByText('Two-factor authentication is now required.')).toBeVisible()
  await screenshot(page, 'security-settings')

  const walt = await browser.newPage()
  await signIn(walt, 'wsadmin@acme.test')
  await expect(walt).toHaveURL(/\/two-factor\/setup/)
  await expect(walt.getByText('Acme Corp requires it before you continue')).toBeVisible()
  await walt.goto('/workspaces')
  await expect(walt).toHaveURL(/\/two-factor\/setup/)
  await waitForHydration(walt)
  expect(await seriousAccessibilityViolations(walt)).toEqual([])
  await setUpTwoFactor(walt)
  await walt.getByRole('link', { name: 'Continue to the console' }).click()
  await expect(walt.getByTestId('active-workspace')).toBeVisible()

  // Ada stops requiring it, so that the other tests here meet Acme as the demo has it.
  await page.reload()
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Stop requiring it' }).click()
  await expect(page.getByText('Two-factor authentication is no longer required.')).toBeVisible()
})

test.describe('forgot password', () => {
  let mailbox: Mailbox
  test.beforeAll(async ({ baseURL }) => {
    mailbox = await openMailbox(Number(new URL(baseURL!).port))
  })
  test.afterAll(() => mailbox.close())

  test('a reset link by mail sets a new password; nobody learns which addresses exist', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('link', { name: 'Forgot password?' }).click()
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible()
    await waitForHydration(page)
    await page.getByLabel('Email').fill('nobody@globex.test')
    await page.getByRole('button', { name: 'Send me a link' }).click()
    const answer = page.getByRole('main').getByRole('status')
    await expect(answer).toHaveText(/^If an account exists for this address/)
    const saidForNobody = await answer.textContent()

    await page.goto('/forgot-password')
    await waitForHydration(page)
    await page.getByLabel('Email').fill('admin@globex.test')
    await page.getByRole('button', { name: 'Send me a link' }).click()
    await expect(answer).toHaveText(saidForNobody!)
    await screenshot(page, 'forgot-password-sent')

    const mail = await mailbox.waitForMail('admin@globex.test')
    const link = mail.match(/https?:\/\/\S+\/reset-password\/[\w-]+/)![0]
    await page.goto(new URL(link).pathname)
    await waitForHydration(page)
    await page.getByLabel('New password').fill('password1234')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page.getByText(/too easy to guess/)).toBeVisible()
    await screenshot(page, 'reset-password-weak')
    await page.getByLabel('New password').fill('copper lantern fjord basil')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await expect(page).toHaveURL(/\/login\?reset=1/)
    await expect(page.getByText(/Your password is changed/)).toBeVisible()
    await signIn(page, 'admin@globex.test', 'copper lantern fjord basil')
    await expect(page.getByTestId('active-workspace')).toBeVisible()

    // The link worked once.
    await page.goto(new URL(link).pathname)
    await expect(page.getByText('This link can no longer be used. Ask for a new one.')).toBeVisible()
  })
})
