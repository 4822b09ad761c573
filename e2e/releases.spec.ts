import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { applyRelease, proposeToStaging, screenshot, seriousAccessibilityViolations, unique, pageHeader } from './helpers'

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

/**
 * A reviewer approves and applies a release (confirming in the dialog a protected target
 * asks with); returns the number it was applied as.
 */
async function approveAndApply(reviewer: Page, release: string) {
  await reviewer.goto(release)
  await reviewer.getByRole('button', { name: 'Approve' }).click()
  await expect(reviewer.getByText('You approved this release')).toBeVisible()
  await applyRelease(reviewer)
  const applied = reviewer.getByText(/Applied to .+ as release #\d+\./)
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
  // Pat's change (Rob applied it): nothing is ticked for Rob, who picks this one.
  await rob.getByLabel('Agent Invoice extractor').check()
  await rob.getByLabel('Title').fill(`${title} to Production`)
  await rob.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(rob.getByRole('heading', { level: 1 })).toContainText(`${title} to Production`)
  return approveAndApply(admin, rob.url())
}

const DESKTOP = { width: 1440, height: 900 }

/** The card of one change on Compare or a release's page, by the resource's name. */
const changeCard = (page: Page, name: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^(Agent|Policy) ${name}`) }) })

/** Saves a new description of an agent in Development, as whoever is signed in on the page. */
async function editInDevelopment(page: Page, overview: string, agentKey: string, description: string) {
  await page.goto(`${overview}/environments/development/resources/agent/${agentKey}`)
  await page.getByLabel('Description').fill(description)
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
}

// First in this spec, while few releases wait: the landing shows the oldest five.
for (const [label, viewport, colorScheme] of [
  ['desktop, light', DESKTOP, 'light'],
  ['phone, dark', PHONE, 'dark'],
] as const) {
  test(`a reviewer lands on what waits for them and opens it in one click (${label})`, async ({ signedInAs }) => {
    const pat = await signedInAs('pat@acme.test')
    const title = unique('Waiting for Rob')
    await proposeToStaging(pat, pat.url(), 'invoice-extractor', invoiceMails(), title)

    const rob = await signedInAs('rob@acme.test', { viewport, colorScheme })
    const waiting = rob.getByRole('list', { name: 'Waiting for your review' })
    const row = waiting.getByRole('listitem').filter({ hasText: title })
    await expect(row).toContainText('Production / Staging · 1 changed')
    await expect(row).toContainText('by Pat Builder')
    await expect(row).toContainText('Approve')
    expect(await seriousAccessibilityViolations(rob)).toEqual([])
    await screenshot(rob, `releases-review-queue-${label.replace(', ', '-')}`)
    await row.getByRole('link', { name: title }).click()
    await expect(rob.getByRole('heading', { level: 1 })).toContainText(title)
    await expect(rob.getByRole('button', { name: 'Approve' })).toBeVisible()

    // Pat finds it among their own releases; the navigation leads to both lists.
    await pat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click()
    await expect(pat.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible()
    await expect(pat.getByRole('list', { name: 'Your releases' }).getByRole('link', { name: title })).toBeVisible()
    await expect(pat.getByRole('list', { name: 'Waiting for your review' }).getByRole('link', { name: title })).toHaveCount(0)
  })
}

test('Compare lists only what changed, says whose each change is, and ticks only your own', async ({ signedInAs }) => {
  const rob = await signedInAs('rob@acme.test')
  const overview = rob.url()
  const robs = unique('Sorts tickets by urgency (Rob):')
  await editInDevelopment(rob, overview, 'support-triage', robs)
  const pat = await signedInAs('pat@acme.test', { viewport: DESKTOP })
  await editInDevelopment(pat, overview, 'invoice-extractor', invoiceMails())

  await pat.getByRole('link', { name: 'Compare with Staging' }).click()
  await expect(pat.getByRole('status').filter({ hasText: /changed/ })).toContainText('the same in both')
  await expect(changeCard(pat, 'Support triage')).toContainText('Rob Reviewer')
  await expect(changeCard(pat, 'Support triage')).toContainText(robs)
  await expect(changeCard(pat, 'Invoice extractor')).toContainText('Pat Builder')
  await expect(changeCard(pat, 'Invoice extractor')).toContainText('Yours')
  // The policies are the same in both: not listed.
  await expect(changeCard(pat, 'Approved models')).toHaveCount(0)
  await expect(pat.getByLabel('Agent Invoice extractor')).toBeChecked()
  await expect(pat.getByLabel('Agent Support triage')).not.toBeChecked()
  expect(await seriousAccessibilityViolations(pat)).toEqual([])
  await screenshot(pat, 'releases-compare-whose')

  await pat.getByRole('button', { name: 'Select all' }).click()
  await expect(pat.getByLabel('Agent Support triage')).toBeChecked()
  await pat.getByRole('button', { name: 'Select none' }).click()
  await expect(pat.getByLabel('Agent Invoice extractor')).not.toBeChecked()

  await pat.getByRole('link', { name: /^Only mine/ }).click()
  await expect(changeCard(pat, 'Support triage')).toHaveCount(0)
  await expect(changeCard(pat, 'Invoice extractor')).toBeVisible()
  await expect(pat.getByLabel('Agent Invoice extractor')).toBeChecked()
  await expect(pat.getByLabel('Agent Support triage')).toHaveCount(0)
})

test("on a phone, the release form and a release's steps come before the changes", async ({ signedInAs }) => {
  const pat = await signedInAs('pat@acme.test', { viewport: PHONE, colorScheme: 'dark' })
  const overview = pat.url()
  await editInDevelopment(pat, overview, 'invoice-extractor', invoiceMails())
  await pat.getByRole('link', { name: 'Compare with Staging' }).click()
  const above = async (page: Page, first: ReturnType<Page['locator']>, then: ReturnType<Page['locator']>) =>
    expect((await first.boundingBox())!.y).toBeLessThan((await then.boundingBox())!.y)
  await above(pat, pat.getByRole('button', { name: 'Submit release to Staging' }), changeCard(pat, 'Invoice extractor'))
  await screenshot(pat, 'releases-phone-compare-form-first')
  const title = unique('Phone release')
  await pat.getByLabel('Title').fill(title)
  await pat.getByRole('button', { name: 'Submit release to Staging' }).click()
  await expect(pat.getByRole('heading', { level: 1 })).toContainText(title)
  // A toast in dark on a phone reads as well as the page.
  await expect(pat.getByText('Release to Staging submitted for review.')).toBeVisible()
  expect(await seriousAccessibilityViolations(pat), 'a toast, phone and dark').toEqual([])

  const rob = await signedInAs('rob@acme.test', { viewport: PHONE, colorScheme: 'dark' })
  await rob.goto(pat.url())
  await above(rob, rob.getByRole('button', { name: 'Approve' }), changeCard(rob, 'Invoice extractor'))
  await screenshot(rob, 'releases-phone-release-steps-first')
  // Tabs stay on one line: the bar scrolls instead.
  const tab = rob.getByRole('navigation', { name: 'Environment pages' }).getByRole('link', { name: 'Compare with Production' })
  expect((await tab.boundingBox())!.height).toBeLessThan(48)
})

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
  await page.getByRole('link', { name: 'Releases', exact: true }).click()
  const intoStaging = await nextReleaseNumber(page)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByText(mails)).toBeVisible()
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('Approved (1 of 1).')).toBeVisible()
  // Approve is not offered twice; Staging is not protected, so applying does not ask.
  await expect(page.getByText('You approved this release')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Apply to Staging' }).click()
  await expect(page.getByText(`Applied to Staging as release #${intoStaging}.`)).toBeVisible()
  await expect(page.getByRole('definition').getByText('Applied', { exact: true })).toBeVisible()
  await screenshot(page, 'releases-applied-to-staging')

  // On to Production: Rob proposes from Staging, so Ada (tenant admin) must approve.
  await page.getByRole('link', { name: 'Staging' }).first().click()
  await page.getByRole('link', { name: 'Compare with Production' }).click()
  await page.getByLabel('Agent Invoice extractor').check()
  await page.getByLabel('Title').fill(`${title} to Production`)
  await page.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${title} to Production`)
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)

  const admin = await signedInAs('admin@acme.test')
  await openEnvironment(admin, 'Production')
  await admin.getByRole('link', { name: 'Releases', exact: true }).click()
  const intoProduction = await nextReleaseNumber(admin)
  await admin.getByRole('link', { name: `${title} to Production` }).click()
  await admin.getByRole('button', { name: 'Approve' }).click()
  // Production is protected: applying asks first, naming it and listing what changes.
  await admin.getByRole('button', { name: 'Apply to Production…' }).click()
  const confirm = admin.getByRole('dialog', { name: 'Apply to Production?' })
  await expect(confirm).toContainText('1 changed')
  await expect(confirm.getByRole('listitem')).toHaveText(['ChangedAgent Invoice extractor'])
  await screenshot(admin, 'releases-apply-to-production')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(admin.getByRole('definition').getByText('Approved', { exact: true })).toBeVisible()
  await admin.getByRole('button', { name: 'Apply to Production…' }).click()
  await confirm.getByRole('button', { name: 'Apply to Production' }).click()
  await expect(admin.getByText(`Applied to Production as release #${intoProduction}.`)).toBeVisible()
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
  await page.getByRole('link', { name: 'Releases', exact: true }).click()
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
  await admin.getByRole('link', { name: 'Releases', exact: true }).click()
  await admin.getByRole('link', { name: 'Roll back Production to #1' }).click()
  await expect(admin).toHaveURL(rollback)
  await admin.getByRole('button', { name: 'Approve' }).click()
  await applyRelease(admin)
  await expect(admin.getByText(`Applied to Production as release #${live + 1}.`)).toBeVisible()
  // What Production holds now is that rollback's content: rolling back to it is not offered.
  await expect(admin.getByRole('button', { name: 'Roll back to this' })).toHaveCount(0)
  await admin.getByRole('link', { name: 'Releases', exact: true }).click()
  await expect(admin.getByRole('listitem').filter({ hasText: 'Roll back Production to #1' })).toContainText('Live')
  await screenshot(admin, 'releases-production-history')
})

for (const email of ['viewer@acme.test', 'auditor@acme.test']) {
  test(`${email} reads environments and releases without any control`, async ({ signedInAs }) => {
    const page = await signedInAs(email)
    // The viewer belongs to Staging only; the auditor reads every workspace (and lands on Production).
    await openEnvironment(page, 'Development')
    await expect(pageHeader(page)).toContainText('Read-only')
    // The badges sit beside the heading: its name is the page's title alone.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Development')
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
