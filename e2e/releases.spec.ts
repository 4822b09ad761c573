import { expect, test, type Page } from '@playwright/test'
import { screenshot, seriousAccessibilityViolations, signInAndWait, signOut } from './helpers'

/**
 * The demo's Production workspace (Acme's default): Pat builds in Development and
 * proposes, Rob (its workspace admin) reviews and applies; Ada (tenant admin) reviews
 * what Rob proposes. Tests run in order on one console: each builds on the one before.
 */
test.describe.configure({ mode: 'serial' })

const PHONE = { width: 390, height: 844 }

async function openEnvironment(page: Page, name: string) {
  await page
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
}

test('a member edits an agent in Development and proposes a release to Staging', async ({ page }) => {
  await signInAndWait(page, 'pat@acme.test')
  await openEnvironment(page, 'Development')
  await expect(page.getByRole('link', { name: 'New agent' })).toBeVisible()
  await page.getByRole('link', { name: 'Invoice extractor' }).click()
  const description = page.getByLabel('Description')
  await description.fill('Reads supplier invoices into the ledger and mails the ones that do not add up.')
  await page.getByLabel('Model').fill('not a model')
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText('Write the model as provider/model')).toBeVisible()
  await page.getByLabel('Model').fill('anthropic/claude-sonnet-4')
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
  await expect(
    page
      .getByRole('heading', { name: /History/ })
      .locator('..')
      .locator('..'),
  ).toContainText('mails the ones that do not add up')
  await screenshot(page, 'releases-agent-edited')

  await page.getByRole('link', { name: 'Compare with Staging' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Development → Staging')
  await expect(page.getByText('Changed', { exact: true }).first()).toBeVisible()
  await page.getByLabel('Title').fill('Invoice mails')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'releases-compare')
  await page.getByRole('button', { name: 'Submit release to Staging' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Invoice mails')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  // The author may not approve their own release: no Approve button for Pat.
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await signOut(page)
})

test('a workspace admin reads the diff, approves and applies it, then releases it on to Production', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openEnvironment(page, 'Staging')
  await page.getByRole('link', { name: 'Releases' }).click()
  await page.getByRole('link', { name: 'Invoice mails' }).click()
  await expect(page.getByText('mails the ones that do not add up')).toBeVisible()
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('Approved (1 of 1).')).toBeVisible()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(/Applied as release #3\./)).toBeVisible()
  await expect(page.getByRole('definition').getByText('Applied', { exact: true })).toBeVisible()
  await screenshot(page, 'releases-applied-to-staging')

  // On to Production: Rob proposes from Staging, so Ada (tenant admin) must approve.
  await page.getByRole('link', { name: 'Staging' }).first().click()
  await page.getByRole('link', { name: 'Compare with Production' }).click()
  await page.getByLabel('Agent Lead researcher').uncheck()
  await page.getByLabel('Title').fill('Invoice mails to Production')
  await page.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Invoice mails to Production')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await signOut(page)

  await signInAndWait(page, 'admin@acme.test')
  await openEnvironment(page, 'Production')
  await page.getByRole('link', { name: 'Releases' }).click()
  await page.getByRole('link', { name: 'Invoice mails to Production' }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(/Applied as release #3\./)).toBeVisible()
})

test('Production offers no edit control, only the way a change reaches it', async ({ page }) => {
  await signInAndWait(page, 'admin@acme.test')
  await openEnvironment(page, 'Production')
  await expect(page.getByRole('note')).toContainText('Production is protected')
  await expect(page.getByRole('link', { name: 'Edit in Staging' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^New / })).toHaveCount(0)
  await page.getByRole('link', { name: 'Invoice extractor' }).click()
  await expect(page.getByRole('definition').filter({ hasText: 'mails the ones that do not add up' })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Save|Delete|Restore/ })).toHaveCount(0)
  await screenshot(page, 'releases-production-agent')
})

test('a server action called directly, as an attacker would, cannot change Production either', async ({ page }) => {
  // Record the console's own server-action requests, to replay one with another environment in it.
  const calls: { headers: Record<string, string>; body: string }[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'])
      calls.push({ headers: request.headers(), body: request.postData() ?? '' })
  })
  await signInAndWait(page, 'rob@acme.test')
  const overview = page.url()
  // Saving Production's settings unchanged sends its environment id.
  await page.goto(`${overview}/environments/production/settings`)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Nothing to save: no field changed.')).toBeVisible()
  const productionId: string = JSON.parse(calls.at(-1)!.body)[0].environmentId
  // An agent saved in Development: the request to replay.
  await page.goto(`${overview}/environments/development/resources/agent/support-triage`)
  await page.getByLabel('Description').fill('Edited in Development.')
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
  const save = calls.at(-1)!
  const [input] = JSON.parse(save.body)
  expect(input.environmentId).not.toBe(productionId)

  const answer = await page.evaluate(
    async ({ headers, body }) => {
      const response = await fetch(location.href, { method: 'POST', headers, body })
      return response.text()
    },
    {
      headers: { 'next-action': save.headers['next-action']!, 'content-type': save.headers['content-type']!, accept: 'text/x-component' },
      body: JSON.stringify([
        { ...input, environmentId: productionId, spec: { ...input.spec, description: 'Changed behind the console.' } },
      ]),
    },
  )
  expect(answer).toContain('"code":"ENVIRONMENT_PROTECTED"')
  await page.goto(`${overview}/environments/production/resources/agent/support-triage`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Support triage')
  await expect(page.getByText('Changed behind the console.')).toHaveCount(0)
})

test('a rollback is a release back to an earlier one, through the same review', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openEnvironment(page, 'Production')
  await page.getByRole('link', { name: 'Releases' }).click()
  // Release #3 (Invoice mails, applied above) is what Production holds.
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^#3 / }) })
      .getByText('Live', { exact: true }),
  ).toBeVisible()
  await page.getByRole('link', { name: /^#1 / }).click()
  await page.getByRole('button', { name: 'Roll back to this' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Roll back Production to #1')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await signOut(page)

  await signInAndWait(page, 'admin@acme.test')
  await openEnvironment(page, 'Production')
  await page.getByRole('link', { name: 'Releases' }).click()
  await page.getByRole('link', { name: 'Roll back Production to #1' }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(/Applied as release #4\./)).toBeVisible()
  await page.getByRole('link', { name: 'Releases' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Roll back Production to #1' })).toContainText('Live')
  await screenshot(page, 'releases-production-history')
})

for (const email of ['viewer@acme.test', 'auditor@acme.test']) {
  test(`${email} reads environments and releases without any control`, async ({ page }) => {
    await signInAndWait(page, email)
    // The viewer belongs to Staging only; the auditor reads every workspace (and lands on Production).
    await openEnvironment(page, 'Development')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Read-only')
    await expect(page.getByRole('link', { name: /^New / })).toHaveCount(0)
    await page.getByRole('link', { name: 'Compare with Staging' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Development → Staging')
    await expect(page.getByRole('button', { name: /Submit release/ })).toHaveCount(0)
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the environment pages on a phone, ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.emulateMedia({ colorScheme })
    await signInAndWait(page, 'pat@acme.test')
    const overview = page.url()
    for (const path of [
      '/environments',
      '/environments/development',
      '/environments/staging/compare',
      '/environments/production/releases',
      '/environments/production/settings',
    ]) {
      await page.goto(`${overview}${path}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(innerWidth)
      expect(await seriousAccessibilityViolations(page), path).toEqual([])
      await screenshot(page, `releases-phone-${colorScheme}-${path.split('/').slice(1).join('-')}`)
    }
    await page.goto(`${overview}/environments/development/resources/agent/support-triage`)
    await screenshot(page, `releases-phone-${colorScheme}-agent`)
  })
}
