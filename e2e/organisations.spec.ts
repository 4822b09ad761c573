import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  openUserMenu,
  screenshot,
  seriousAccessibilityViolations,
  setUpTwoFactor,
  signIn,
  waitForConsole,
  waitForHydration,
} from './helpers'
import { openMailbox, type Mailbox } from './mailbox'

/*
 * A new instance, as its first people meet it: this spec's console starts on an empty
 * embedded database (ATRIUM_DEMO=0, playwright.config.ts), with SMTP and a deletion that
 * waits seconds. The tests follow one story in order: set-up happens once.
 */
test.describe.configure({ mode: 'serial' })

const FOUNDER = { name: 'Fran Founder', email: 'fran@northwind.test', password: 'quartz-lantern-meadow-71' }
const NEWCOMER = { name: 'Sam Signup', email: 'sam@example.test', password: 'copper-harbour-violet-38' }

let mailbox: Mailbox
test.beforeAll(async ({ baseURL }) => {
  mailbox = await openMailbox(Number(new URL(baseURL!).port))
})
test.afterAll(() => mailbox.close())

/** The one link of a mail that starts with this path. */
function linkIn(mail: string, path: string): string {
  const link = new RegExp(`https?://\\S+${path}\\S+`).exec(mail)?.[0]
  if (!link) throw new Error(`No ${path} link in:\n${mail}`)
  return new URL(link).pathname
}

/** A page in a browser of its own (no session shared with the others). */
async function freshPage(browser: Browser, baseURL: string | undefined, options: Parameters<Browser['newContext']>[0] = {}) {
  return (await browser.newContext({ baseURL, ...options })).newPage()
}

async function openSwitcher(page: Page) {
  await page.getByRole('button', { name: /Switch workspace/ }).click()
}

test('the first visit sets up the instance once: its first account and organisation', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, baseURL)
  await page.goto('/')
  await expect(page).toHaveURL(/\/setup$/)
  await expect(page.getByRole('heading', { name: 'Set up Atrium' })).toBeVisible()
  await waitForHydration(page)
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await page.getByLabel('Your name').fill(FOUNDER.name)
  await page.getByLabel('Email').fill(FOUNDER.email)
  await page.getByLabel('Password').fill(FOUNDER.password)
  await page.getByLabel('Organisation name').fill('Northwind Traders')
  await expect(page.getByLabel('Slug')).toHaveValue('northwind-traders')
  // A reserved slug is refused next to its field, and what was typed stays.
  await page.getByLabel('Slug').fill('platform')
  await page.getByLabel('Anyone').check()
  await page.getByRole('button', { name: 'Set up Atrium' }).click()
  await expect(page.getByText('This slug is reserved. Choose another.')).toBeVisible()
  await expect(page.getByLabel('Organisation name')).toHaveValue('Northwind Traders')
  await screenshot(page, 'setup')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'setup-phone-dark')
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByLabel('Slug').fill('northwind')
  await page.getByLabel('Password').fill(FOUNDER.password)
  await page.getByRole('button', { name: 'Set up Atrium' }).click()
  await waitForConsole(page)
  await expect(page.getByTestId('active-workspace')).toHaveText('General')
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Northwind Traders')

  // Set-up is over: a second browser is sent to sign in.
  const late = await freshPage(browser, baseURL)
  await late.goto('/setup')
  await expect(late).toHaveURL(/\/login$/)
  await page.context().storageState({ path: 'test-results/e2e-sessions/founder.json' })
})

test('the founder invites someone by mail, who joins with the link', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, baseURL, { storageState: 'test-results/e2e-sessions/founder.json' })
  await page.goto('/')
  await waitForConsole(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Add people' }).click()
  const dialog = page.getByRole('dialog', { name: /^Add people to/ })
  await dialog.getByLabel('Name or email address').fill('ivy@northwind.test')
  await dialog.getByRole('button', { name: 'Invite ivy@northwind.test by email' }).click()
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByText('Invitation sent to ivy@northwind.test.')).toBeVisible()

  const invitee = await freshPage(browser, baseURL)
  await invitee.goto(linkIn(await mailbox.waitForMail('ivy@northwind.test'), '/invitations/'))
  await invitee.getByLabel('Your name').fill('Ivy Invitee')
  await invitee.getByLabel('Password').fill('a long enough password')
  await invitee.getByRole('button', { name: 'Join the workspace' }).click()
  await expect(invitee.getByTestId('active-workspace')).toHaveText('General')
})

test('someone signs up, confirms with the mailed link and the password, and makes two organisations to switch between', async ({
  browser,
  baseURL,
}) => {
  const page = await freshPage(browser, baseURL)
  await page.goto('/login')
  await page.getByRole('link', { name: 'Create an account' }).click()
  await expect(page.getByRole('heading', { name: 'Create your Atrium account' })).toBeVisible()
  await waitForHydration(page)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.getByLabel('Your name').fill(NEWCOMER.name)
  await page.getByLabel('Work email').fill(NEWCOMER.email)
  await page.getByLabel('Password').fill('sam@example.test')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.locator('#password-error')).toBeVisible()
  await screenshot(page, 'sign-up')
  await page.getByLabel('Password').fill(NEWCOMER.password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('status')).toContainText(`We sent a link to ${NEWCOMER.email}`)
  await screenshot(page, 'sign-up-link-sent')
  // No account exists before the link is used: signing in finds none.
  const early = await freshPage(browser, baseURL)
  await signIn(early, NEWCOMER.email, NEWCOMER.password)
  await expect(early.getByRole('main').getByRole('alert')).toBeVisible()
  await expect(early).toHaveURL(/\/login/)

  // The first mail's link stops working once a new one is sent.
  const first = linkIn(await mailbox.waitForMail(NEWCOMER.email), '/verify-email/')
  await page.getByRole('button', { name: 'Send the link again' }).click()
  await expect(page.getByRole('status')).toContainText('a new link is on its way')
  const second = linkIn(await mailbox.waitForMail(NEWCOMER.email, 2), '/verify-email/')
  expect(second).not.toBe(first)
  await page.goto(first)
  await expect(page.getByText('This link can no longer be used.')).toBeVisible()

  await page.goto(second)
  await expect(page.getByRole('heading', { name: 'Confirm your account' })).toBeVisible()
  await waitForHydration(page)
  await page.getByLabel('Your password').fill('not what I chose at all')
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByText('This is not the password you chose when you signed up.')).toBeVisible()
  await screenshot(page, 'confirm-account')
  await page.getByLabel('Your password').fill(NEWCOMER.password)
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByRole('heading', { name: 'Create your organisation' })).toBeVisible()
  await waitForHydration(page)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'no-organisation')
  // On a phone, in dark: loaded at that size, so the drawer is closed as a person would find it.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Create your organisation' })).toBeVisible()
  await waitForHydration(page)
  await screenshot(page, 'no-organisation-phone-dark')
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.reload()
  await waitForHydration(page)

  // The slug the founder took is refused next to its field.
  await page.getByLabel('Organisation name').fill('Northwind')
  await page.getByRole('button', { name: 'Create organisation' }).click()
  await expect(page.getByText('An organisation already uses this slug. Choose another.')).toBeVisible()
  await page.getByLabel('Organisation name').fill('Sam Studio')
  await page.getByLabel('Slug').fill('sam-studio')
  await page.getByRole('button', { name: 'Create organisation' }).click()
  await waitForConsole(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Studio')

  // With one workspace there is no switcher to open: the user menu offers it.
  await openUserMenu(page)
  await page.getByRole('link', { name: 'New organisation…' }).click()
  await expect(page.getByRole('heading', { name: 'New organisation', level: 1 })).toBeVisible()
  await waitForHydration(page)
  await screenshot(page, 'new-organisation')
  await page.getByLabel('Organisation name').fill('Sam Side Project')
  await page.getByRole('button', { name: 'Create organisation' }).click()
  await waitForConsole(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Side Project')

  // The switcher holds both: back to the first.
  await openSwitcher(page)
  const studio = page.getByRole('group', { name: 'Sam Studio' })
  await studio.getByRole('option', { name: /General/ }).click()
  await waitForConsole(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Studio')
  await page.context().storageState({ path: 'test-results/e2e-sessions/newcomer.json' })
})

test('an organisation is scheduled for deletion, cancelled, scheduled again and purged; its admin keeps the other', async ({
  browser,
  baseURL,
}) => {
  // It waits out the grace period (45 s here, playwright.config.ts) before the purge.
  test.setTimeout(240_000)
  const page = await freshPage(browser, baseURL, { storageState: 'test-results/e2e-sessions/newcomer.json' })
  await page.goto('/two-factor/setup?next=/account')
  await waitForHydration(page)
  await setUpTwoFactor(page, NEWCOMER.password)

  await page.goto('/settings/organisation')
  await expect(page.getByRole('heading', { name: 'Organisation settings', level: 1 })).toBeVisible()
  await waitForHydration(page)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'organisation-settings')
  await expect(page.getByText('sam-studio', { exact: true })).toBeVisible()

  const schedule = async () => {
    await page.getByRole('button', { name: 'Delete organisation…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete Sam Studio?' })
    await dialog.getByLabel('Type sam-studio to confirm').fill('sam-studio')
    await dialog.getByLabel('Your password').fill('wrong password entirely')
    await dialog.getByRole('button', { name: 'Schedule deletion' }).click()
    await expect(dialog.getByText('This is not your password.')).toBeVisible()
    await dialog.getByLabel('Your password').fill(NEWCOMER.password)
    await dialog.getByRole('button', { name: 'Schedule deletion' }).click()
    // The console moves to the organisation that remains.
    await waitForConsole(page)
    await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Side Project')
  }
  await schedule()
  await page.goto('/account')
  const scheduled = page.getByRole('region', { name: 'Scheduled for deletion' })
  await expect(scheduled).toContainText('Sam Studio')
  await waitForHydration(page)
  await screenshot(page, 'account-scheduled-deletion')
  await scheduled.getByRole('button', { name: 'Cancel the deletion of Sam Studio' }).click()
  await expect(page.getByText('Sam Studio is no longer scheduled for deletion.')).toBeVisible()

  // The session that was in it is back in it; scheduled again, this time the purge comes (the grace period here is 45 s).
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Studio')
  await page.goto('/settings/organisation')
  await waitForHydration(page)
  await schedule()
  await expect(async () => {
    await page.goto('/account')
    await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible()
    await expect(page.getByText('Scheduled for deletion')).toHaveCount(0)
  }).toPass({ timeout: 120_000 })

  // The other organisation is untouched, and the deleted one's slug is free again.
  await page.goto('/')
  await waitForConsole(page)
  // One workspace of one organisation is left: nothing to switch to.
  await expect(page.getByRole('complementary')).toContainText('Sam Side Project')
  await expect(page.getByRole('button', { name: /Switch workspace/ })).toHaveCount(0)
  await openUserMenu(page)
  await page.getByRole('link', { name: 'New organisation…' }).click()
  await waitForHydration(page)
  await page.getByLabel('Organisation name').fill('Sam Studio')
  await page.getByRole('button', { name: 'Create organisation' }).click()
  await waitForConsole(page)
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Sam Studio')
})

test('the new pages read well on a phone, in dark', async ({ browser, baseURL }) => {
  const phone = { viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const }
  const visitor = await freshPage(browser, baseURL, phone)
  await visitor.goto('/sign-up')
  await waitForHydration(visitor)
  await screenshot(visitor, 'sign-up-phone-dark')
  await visitor.goto('/verify-email/a-link-that-was-never-sent')
  await expect(visitor.getByText('This link can no longer be used.')).toBeVisible()
  await screenshot(visitor, 'confirm-account-phone-dark')
  const founder = await freshPage(browser, baseURL, { ...phone, storageState: 'test-results/e2e-sessions/founder.json' })
  await founder.goto('/settings/organisation')
  await expect(founder.getByRole('heading', { name: 'Organisation settings', level: 1 })).toBeVisible()
  await waitForHydration(founder)
  await screenshot(founder, 'organisation-settings-phone-dark')
  await founder.goto('/organisations/new')
  await waitForHydration(founder)
  await screenshot(founder, 'new-organisation-phone-dark')
})
