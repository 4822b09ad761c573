import type { Browser, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { codeFor, screenshot, seriousAccessibilityViolations, signIn, unique, waitForHydration, pageHeader } from './helpers'

/**
 * The platform operator's console and support access (docs/architecture.md §15), as the
 * demo's operator (two-factor authentication set up from a published secret) and the demo
 * organisations' admins see them: Acme answers requests, Globex lets operators read at once.
 * The tests run in order: each operator step needs a fresh second-factor code, and the
 * organisations' policies are the demo's throughout.
 */
test.describe.configure({ mode: 'serial' })

const OPERATOR = 'operator@atrium.test'
/** The demo operator's authenticator secret (lib/demo/seed.ts, DEMO_OPERATOR; demo only). */
const OPERATOR_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const PHONE = { width: 390, height: 844 }

/** Each code is accepted once, for its step or one either side: take the next unused step, waiting when two are spent. */
let lastStep = 0
async function freshCode() {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000)
    const step = Math.max(now, lastStep + 1)
    if (step <= now + 1) {
      lastStep = step
      return codeFor(OPERATOR_KEY, step - now)
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

/** The operator signed in through the form, with their code, in a browser of its own. */
async function operatorPage(
  browser: Browser,
  baseURL: string | undefined,
  options: { viewport?: typeof PHONE; colorScheme?: 'dark' } = {},
) {
  const context = await browser.newContext({ baseURL, ...options })
  const page = await context.newPage()
  await signIn(page, OPERATOR)
  await page.getByLabel('Authentication code').fill(await freshCode())
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('heading', { name: 'No organisation open' })).toBeVisible()
  await waitForHydration(page)
  return page
}

async function openOrganisation(page: Page, name: string) {
  await page.goto('/platform')
  await expect(page.getByRole('heading', { name: 'Organisations', level: 1 })).toBeVisible()
  await waitForHydration(page)
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
  await waitForHydration(page)
}

const banner = (page: Page) => page.getByRole('status').filter({ hasText: /^Support access for/ })

test('anyone but an operator gets the unknown page’s 404 for /platform', async ({ signedInAs }) => {
  const admin = await signedInAs('admin@acme.test')
  const answer = await admin.goto('/platform')
  expect(answer?.status()).toBe(404)
  await expect(admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Platform log' })).toHaveCount(0)
})

test('the operator asks Acme, its admin approves, the operator reads as an auditor, changes nothing, and ends it', async ({
  browser,
  baseURL,
  signedInAs,
}) => {
  const operator = await operatorPage(browser, baseURL)
  // Without a session, Acme's pages are as unknown to the operator as to anyone.
  await operator.goto('/audit')
  await expect(operator.getByRole('heading', { name: 'No organisation open' })).toBeVisible()

  await openOrganisation(operator, 'Acme Corp')
  await operator.getByRole('button', { name: 'Request access' }).click()
  await expect(operator.getByText('Say why you need access: the organisation reads it.')).toBeVisible()
  await operator.getByLabel('Reason', { exact: true }).fill('Ticket 4711: the invoice agent will not apply')
  await operator.getByLabel('Ticket reference (optional)').fill('SUP-4711')
  await operator.getByLabel('Two-factor code', { exact: true }).fill(await freshCode())
  await operator.getByRole('button', { name: 'Request access' }).click()
  await expect(operator.getByText('Your request was sent to Acme Corp’s tenant admins.')).toBeVisible()
  await expect(operator.getByText(/waits for a tenant admin’s answer/)).toBeVisible()

  const admin = await signedInAs('admin@acme.test')
  await expect(admin.getByText('A request for support access waits for your answer.')).toBeVisible()
  await admin.getByRole('link', { name: 'Review support access' }).click()
  await expect(admin.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible()
  await waitForHydration(admin)
  const request = admin.getByRole('listitem').filter({ hasText: 'Ticket 4711: the invoice agent will not apply' })
  await expect(request).toContainText('Waiting for approval')
  await request.getByRole('button', { name: 'Approve' }).click()
  await expect(admin.getByText('Olive Operator has support access now.')).toBeVisible()
  await expect(request).toContainText('In now')
  await screenshot(admin, 'support-security-page')

  await operator.reload()
  await waitForHydration(operator)
  await operator.getByRole('button', { name: 'Open Acme Corp' }).click()
  await expect(banner(operator)).toContainText('Support access for Acme Corp until')
  await expect(banner(operator)).toContainText('Ticket 4711')
  await waitForHydration(operator)
  await operator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click()
  await expect(operator.getByRole('heading', { name: /Audit log/, level: 1 })).toBeVisible()
  await expect(operator.getByText(/approved Olive Operator <operator@atrium\.test>’s read-only support access/)).toBeVisible()
  await expect(banner(operator)).toBeVisible()
  await screenshot(operator, 'support-banner-audit-log')
  // Read-only: the workspace's settings are shown, not offered.
  await operator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click()
  await expect(pageHeader(operator)).toContainText('Read-only')
  expect(await seriousAccessibilityViolations(operator)).toEqual([])

  // Acme's people see who is in, since when and why.
  await admin.reload()
  await expect(admin.getByText(/Olive Operator \(platform support\) is in since/)).toBeVisible()

  await waitForHydration(operator)
  await banner(operator).getByRole('button', { name: 'End now' }).click()
  await expect(operator.getByText('Your support access to Acme Corp has ended.')).toBeVisible()
  await operator.goto('/audit')
  await expect(operator.getByRole('heading', { name: 'No organisation open' })).toBeVisible()
  await expect(banner(operator)).toHaveCount(0)
  await operator.context().close()
})

test('Globex allows read-only support: it starts at once, and its security page shows it to its admin', async ({
  browser,
  baseURL,
  signedInAs,
}) => {
  const operator = await operatorPage(browser, baseURL)
  await operator.goto('/platform?q=glob')
  await expect(operator.getByRole('link', { name: 'Globex', exact: true })).toBeVisible()
  await expect(operator.getByRole('link', { name: 'Acme Corp', exact: true })).toHaveCount(0)
  await openOrganisation(operator, 'Globex')
  await operator.getByLabel('Reason', { exact: true }).fill('Checking a failed sign-in report')
  await operator.getByLabel('For', { exact: true }).selectOption('30')
  await operator.getByLabel('Two-factor code', { exact: true }).fill(await freshCode())
  await operator.getByRole('button', { name: 'Start support session' }).click()
  await expect(operator.getByText('Support access to Globex has started.')).toBeVisible()
  await operator.getByRole('button', { name: 'Open Globex' }).click()
  await expect(banner(operator)).toContainText('Support access for Globex until')

  const admin = await signedInAs('admin@globex.test')
  await admin.goto('/settings/security')
  const session = admin.getByRole('listitem').filter({ hasText: 'Checking a failed sign-in report' })
  await expect(session).toContainText('In now')
  await waitForHydration(admin)
  await session.getByRole('button', { name: 'End it now' }).click()
  await expect(admin.getByText('Olive Operator’s support access has ended.')).toBeVisible()

  // Revoked: the operator's next request is outside Globex.
  await operator.reload()
  await expect(operator.getByRole('heading', { name: 'No organisation open' })).toBeVisible()
  await operator.context().close()
})

test('a suspended organisation: its people are told why and its API keys are refused; reactivated, it works again', async ({
  browser,
  baseURL,
  signedInAs,
  request,
}) => {
  const admin = await signedInAs('admin@globex.test')
  await admin.goto('/settings/api-keys')
  await admin.getByRole('button', { name: 'Create key' }).click()
  const dialog = admin.getByRole('dialog', { name: 'Create an API key' })
  const name = unique('Nightly export')
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const key = await dialog.getByLabel(`The new API key ${name}`).inputValue()
  await dialog.getByRole('button', { name: 'Done' }).click()
  const call = () => request.get('/api/v1/workspaces', { headers: { Authorization: `Bearer ${key}` } })
  expect((await call()).status()).toBe(200)

  const operator = await operatorPage(browser, baseURL)
  await openOrganisation(operator, 'Globex')
  await operator.getByLabel('Suspension reason').fill('Payment overdue since November')
  await operator.getByRole('button', { name: 'Suspend organisation' }).click()
  await operator.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click()
  await expect(operator.getByText('Globex is suspended.')).toBeVisible()

  await admin.reload()
  await expect(admin.getByText('Globex is suspended by the platform’s operators.')).toBeVisible()
  await expect(admin.getByText('Reason: Payment overdue since November')).toBeVisible()
  await screenshot(admin, 'organisation-suspended')
  expect((await call()).status()).toBe(401)

  await operator.reload()
  await waitForHydration(operator)
  await operator.getByRole('button', { name: 'Reactivate organisation' }).click()
  await expect(operator.getByText('Globex is active again.')).toBeVisible()
  expect((await call()).status()).toBe(200)
  await admin.goto('/')
  await expect(admin.getByTestId('active-workspace')).toBeVisible()

  // Both logs have it; the platform log verifies.
  await operator.goto('/platform/log')
  await expect(operator.getByText('Chain verified')).toBeVisible()
  await expect(operator.getByText(/suspended the organisation: Payment overdue since November/)).toBeVisible()
  await operator.context().close()
})

for (const [device, viewport, colorScheme] of [
  ['phone', PHONE, 'dark'],
  ['desktop', { width: 1440, height: 900 }, 'light'],
] as const) {
  test(`the platform console on a ${device} in ${colorScheme}: every page fits, says where it is and passes axe`, async ({
    browser,
    baseURL,
  }) => {
    const operator = await operatorPage(browser, baseURL, { viewport, colorScheme: colorScheme === 'dark' ? 'dark' : undefined })
    await operator.goto('/platform')
    const acme = await operator.getByRole('link', { name: 'Acme Corp', exact: true }).getAttribute('href')
    for (const [path, title] of [
      ['/platform', 'Organisations'],
      [acme!, 'Acme Corp'],
      ['/platform/accounts', 'Accounts'],
      ['/platform/instance', 'Instance settings'],
      ['/platform/log', 'Platform log'],
    ] as const) {
      await operator.goto(path)
      await expect(operator.getByRole('heading', { level: 1 })).toContainText(title)
      await waitForHydration(operator)
      const { scrollWidth, innerWidth } = await operator.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(innerWidth)
      expect(await seriousAccessibilityViolations(operator), path).toEqual([])
      await screenshot(operator, `platform-${device}-${colorScheme}-${title.toLowerCase().replace(/\s+/g, '-')}`)
    }
    await operator.context().close()
  })
}
