import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { proposeToStaging, screenshot, seriousAccessibilityViolations, unique } from './helpers'

/**
 * The demo's Production workspace (Acme's default): Pat builds in Development and
 * proposes, Rob (its workspace admin) reviews and applies; Ada (tenant admin) reviews
 * what Rob proposes. Each test makes the change it needs, described and titled its own:
 * a test about a later step takes the earlier ones first (releaseToProduction below).
 */

const PHONE = { width: 390, height: 844 }

async function openEnvironment(page: Page, name: string) {
  await page
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)
}

/** A description of Invoice extractor that no other test writes, for a change of its own to follow through. */
const invoiceMails = () => unique('Reads supplier invoices into the ledger and mails the ones that do not add up:')

/** On a releases page: the number the next release applied to its environment gets (one more than the highest). */
async function nextReleaseNumber(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Releases into')
  const applied = await page
    .getByRole('main')
    .getByRole('link', { name: /^#\d+ / })
    .allTextContents()
  return Math.max(0, ...applied.map((name) => Number(/^#(\d+) /.exec(name.trim())![1]))) + 1
}

/** A reviewer approves and applies a release; returns the number it was applied as. */
async function approveAndApply(reviewer: Page, release: string) {
  await reviewer.goto(release)
  await reviewer.getByRole('button', { name: 'Approve' }).click()
  await reviewer.getByRole('button', { name: 'Apply' }).click()
  const applied = reviewer.getByText(/Applied as release #\d+\./)
  await expect(applied).toBeVisible()
  return Number(/#(\d+)/.exec((await applied.textContent())!)![1])
}

/**
 * Set-up for a test about Production: a new description of Invoice extractor goes the whole way
 * (Pat proposes it, Rob applies it to Staging and proposes it on, Ada applies it to Production).
 * Returns the number of the release that brought it.
 */
async function releaseToProduction(people: { pat: Page; rob: Page; admin: Page }, overview: string, description: string) {
  const { pat, rob, admin } = people
  const title = unique('Invoice mails')
  await approveAndApply(rob, await proposeToStaging(pat, overview, 'invoice-extractor', description, title))
  await rob.goto(`${overview}/environments/staging/compare`)
  // Only this change: the demo's Lead researcher waits for its own release.
  await rob.getByLabel('Agent Lead researcher').uncheck()
  await rob.getByLabel('Title').fill(`${title} to Production`)
  await rob.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(rob.getByRole('heading', { level: 1 })).toContainText(`${title} to Production`)
  return approveAndApply(admin, rob.url())
}

test('a member edits an agent in Development and proposes a release to Staging', async ({ signedInAs }) => {
  const page = await signedInAs('pat@acme.test')
  const mails = invoiceMails()
  const title = unique('Invoice mails')
  await openEnvironment(page, 'Development')
  await expect(page.getByRole('link', { name: 'New agent' })).toBeVisible()
  await page.getByRole('link', { name: 'Invoice extractor' }).click()
  const description = page.getByLabel('Description')
  await description.fill(mails)
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
  ).toContainText(mails)
  await screenshot(page, 'releases-agent-edited')

  await page.getByRole('link', { name: 'Compare with Staging' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Development → Staging')
  await expect(page.getByText('Changed', { exact: true }).first()).toBeVisible()
  await page.getByLabel('Title').fill(title)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'releases-compare')
  await page.getByRole('button', { name: 'Submit release to Staging' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  // The author may not approve their own release: no Approve button for Pat.
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
})

test('a workspace admin reads the diff, approves and applies it, then releases it on to Production', async ({ signedInAs }) => {
  const pat = await signedInAs('pat@acme.test')
  const mails = invoiceMails()
  const title = unique('Invoice mails')
  await proposeToStaging(pat, pat.url(), 'invoice-extractor', mails, title)

  const page = await signedInAs('rob@acme.test')
  await openEnvironment(page, 'Staging')
  await page.getByRole('link', { name: 'Releases' }).click()
  const intoStaging = await nextReleaseNumber(page)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByText(mails)).toBeVisible()
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('Approved (1 of 1).')).toBeVisible()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(`Applied as release #${intoStaging}.`)).toBeVisible()
  await expect(page.getByRole('definition').getByText('Applied', { exact: true })).toBeVisible()
  await screenshot(page, 'releases-applied-to-staging')

  // On to Production: Rob proposes from Staging, so Ada (tenant admin) must approve.
  await page.getByRole('link', { name: 'Staging' }).first().click()
  await page.getByRole('link', { name: 'Compare with Production' }).click()
  await page.getByLabel('Agent Lead researcher').uncheck()
  await page.getByLabel('Title').fill(`${title} to Production`)
  await page.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${title} to Production`)
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)

  const admin = await signedInAs('admin@acme.test')
  await openEnvironment(admin, 'Production')
  await admin.getByRole('link', { name: 'Releases' }).click()
  const intoProduction = await nextReleaseNumber(admin)
  await admin.getByRole('link', { name: `${title} to Production` }).click()
  await admin.getByRole('button', { name: 'Approve' }).click()
  await admin.getByRole('button', { name: 'Apply' }).click()
  await expect(admin.getByText(`Applied as release #${intoProduction}.`)).toBeVisible()
})

test('Production offers no edit control, only the way a change reaches it', async ({ signedInAs }) => {
  const people = {
    pat: await signedInAs('pat@acme.test'),
    rob: await signedInAs('rob@acme.test'),
    admin: await signedInAs('admin@acme.test'),
  }
  const overview = people.admin.url()
  const mails = invoiceMails()
  await releaseToProduction(people, overview, mails)

  const page = people.admin
  await page.goto(overview)
  await openEnvironment(page, 'Production')
  await expect(page.getByRole('note')).toContainText('Production is protected')
  await expect(page.getByRole('link', { name: 'Edit in Staging' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^New / })).toHaveCount(0)
  await page.getByRole('link', { name: 'Invoice extractor' }).click()
  await expect(page.getByRole('definition').filter({ hasText: mails })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Save|Delete|Restore/ })).toHaveCount(0)
  await screenshot(page, 'releases-production-agent')
})

test('a server action called directly, as an attacker would, cannot change Production either', async ({ signedInAs }) => {
  const page = await signedInAs('rob@acme.test')
  // Record the console's own server-action requests, to replay one with another environment in it.
  const calls: { headers: Record<string, string>; body: string }[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'])
      calls.push({ headers: request.headers(), body: request.postData() ?? '' })
  })
  const overview = page.url()
  // Saving Production's settings unchanged sends its environment id.
  await page.goto(`${overview}/environments/production/settings`)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Nothing to save: no field changed.')).toBeVisible()
  // Every mutation goes through the registry's one server action, as [action name, input].
  const productionId: string = JSON.parse(calls.at(-1)!.body)[1].environmentId
  expect(productionId).toEqual(expect.any(String))
  // An agent saved in Development: the request to replay.
  await page.goto(`${overview}/environments/development/resources/agent/support-triage`)
  await page.getByLabel('Description').fill(unique('Edited in Development'))
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
  const save = calls.at(-1)!
  const [action, input] = JSON.parse(save.body)
  expect(input.environmentId).not.toBe(productionId)

  const answer = await page.evaluate(
    async ({ headers, body }) => {
      const response = await fetch(location.href, { method: 'POST', headers, body })
      return response.text()
    },
    {
      headers: { 'next-action': save.headers['next-action']!, 'content-type': save.headers['content-type']!, accept: 'text/x-component' },
      body: JSON.stringify([
        action,
        { ...input, environmentId: productionId, spec: { ...input.spec, description: 'Changed behind the console.' } },
      ]),
    },
  )
  expect(answer).toContain('"code":"ENVIRONMENT_PROTECTED"')
  await page.goto(`${overview}/environments/production/resources/agent/support-triage`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Support triage')
  await expect(page.getByText('Changed behind the console.')).toHaveCount(0)
})

test('a rollback is a release back to an earlier one, through the same review', async ({ signedInAs }) => {
  const people = {
    pat: await signedInAs('pat@acme.test'),
    rob: await signedInAs('rob@acme.test'),
    admin: await signedInAs('admin@acme.test'),
  }
  const overview = people.rob.url()
  const live = await releaseToProduction(people, overview, invoiceMails())

  const page = people.rob
  await page.goto(overview)
  await openEnvironment(page, 'Production')
  await page.getByRole('link', { name: 'Releases' }).click()
  // The release that brought this test's change is what Production holds.
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: new RegExp(`^#${live} `) }) })
      .getByText('Live', { exact: true }),
  ).toBeVisible()
  await page.getByRole('link', { name: /^#1 / }).click()
  await page.getByRole('button', { name: 'Roll back to this' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Roll back Production to #1')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  const rollback = page.url()

  const admin = people.admin
  await admin.goto(overview)
  await openEnvironment(admin, 'Production')
  await admin.getByRole('link', { name: 'Releases' }).click()
  await admin.getByRole('link', { name: 'Roll back Production to #1' }).click()
  await expect(admin).toHaveURL(rollback)
  await admin.getByRole('button', { name: 'Approve' }).click()
  await admin.getByRole('button', { name: 'Apply' }).click()
  await expect(admin.getByText(`Applied as release #${live + 1}.`)).toBeVisible()
  await admin.getByRole('link', { name: 'Releases' }).click()
  await expect(admin.getByRole('listitem').filter({ hasText: 'Roll back Production to #1' })).toContainText('Live')
  await screenshot(admin, 'releases-production-history')
})

for (const email of ['viewer@acme.test', 'auditor@acme.test']) {
  test(`${email} reads environments and releases without any control`, async ({ signedInAs }) => {
    const page = await signedInAs(email)
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
  test(`the environment pages on a phone, ${colorScheme}`, async ({ signedInAs }) => {
    const page = await signedInAs('pat@acme.test', { viewport: PHONE, colorScheme })
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
