import { type Page } from '@playwright/test'
import { slugify } from '../lib/validation/slug'
import { expect, test } from './fixtures'
import { applyRelease, proposeToStaging, screenshot, seriousAccessibilityViolations, unique, pageHeader } from './helpers'

/**
 * The demo's Production workspace: Rob (its workspace admin) arranges its environments and
 * their review rules; Pat (a member) reads them, and a release of Pat's goes stale when
 * Production changes under it. Each test adds the environments it needs, named its own; one
 * that points Staging elsewhere points it back at Production, where the others expect it.
 */

async function openEnvironments(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Environments' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Environments/)
  // Next streams a client-side navigation's <title> after its content; a server action sent
  // before the title arrived has once (under CI load) left the page without one. Wait for it.
  await expect(page).toHaveTitle(/^Environments · /)
}

/** The environments the page lists, in order (each row's "Settings of …" link names it). */
const listedEnvironments = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('link', { name: /^Settings of / })
    .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')?.replace(/^Settings of /, '')))

/** On the environments page: adds an environment by name (its slug follows), and opens it. */
async function addEnvironment(page: Page, name: string, releasesTo?: string) {
  await page.getByRole('button', { name: 'Add environment' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an environment' })
  await dialog.getByLabel('Name').fill(name)
  await expect(dialog.getByLabel('Slug')).toHaveValue(slugify(name))
  if (releasesTo) await dialog.getByLabel('Releases to').selectOption({ label: releasesTo })
  await dialog.getByRole('button', { name: 'Add environment' }).click()
  await expect(page.getByText(`${name} is added.`)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/environments/${slugify(name)}$`))
}

/** Sets where Staging releases to, from its settings (the overview is the workspace's page). */
async function pointStagingTo(page: Page, overview: string, target: string) {
  await page.goto(`${overview}/environments/staging/settings`)
  await page.getByLabel('Releases to').selectOption({ label: target })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved Staging.')).toBeVisible()
}

test('a workspace admin adds an environment, places it and sets where it releases to', async ({ signedInAs }) => {
  const page = await signedInAs('rob@acme.test')
  const overview = page.url()
  const qa = unique('QA')
  await openEnvironments(page)
  const before = await listedEnvironments(page)
  await page.getByRole('button', { name: 'Add environment' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an environment' })
  await dialog.getByLabel('Name').fill('Staging')
  await expect(dialog.getByLabel('Slug')).toHaveValue('staging')
  await dialog.getByRole('button', { name: 'Add environment' }).click()
  await expect(dialog.getByText('This workspace already has an environment with this slug.')).toBeVisible()

  await dialog.getByLabel('Name').fill(qa)
  await dialog.getByLabel('Slug').fill(slugify(qa))
  await dialog.getByLabel('Description').fill('Where the support team tries agents on real tickets.')
  await dialog.getByLabel('Releases to').selectOption({ label: 'Production' })
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'environments-add')
  await dialog.getByRole('button', { name: 'Add environment' }).click()
  await expect(page.getByText(`${qa} is added.`)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/environments/${slugify(qa)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(qa)

  // Added last; one place up puts it before the last one (Production, unless another test moved one there).
  await openEnvironments(page)
  await expect.poll(() => listedEnvironments(page)).toEqual([...before, qa])
  await expect(page.getByRole('button', { name: `Move ${qa} down` })).toBeDisabled()
  await page.getByRole('button', { name: `Move ${qa} up` }).click()
  await expect(page.getByText(`Moved ${qa} up to place ${before.length}.`)).toBeVisible()
  await expect.poll(() => listedEnvironments(page)).toEqual([...before.slice(0, -1), qa, ...before.slice(-1)])
  await screenshot(page, 'environments-list')

  // Staging now releases to the new environment, and that one to Production.
  let stagingMoved = false
  try {
    await page.getByRole('link', { name: 'Settings of Staging' }).click()
    await page.getByLabel('Releases to').selectOption({ label: qa })
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved Staging.')).toBeVisible()
    stagingMoved = true
    await expect(page.getByRole('link', { name: `Compare with ${qa}` })).toBeVisible()
  } finally {
    if (stagingMoved) await pointStagingTo(page, overview, 'Production')
  }
})

test('review rules nobody could satisfy are refused next to the field', async ({ signedInAs }) => {
  const page = await signedInAs('rob@acme.test')
  const name = unique('Canary')
  await openEnvironments(page)
  await addEnvironment(page, name, 'Production')
  await openEnvironments(page)
  await page.getByRole('link', { name: `Settings of ${name}` }).click()
  const approvals = page.getByLabel('Approvals required')
  await approvals.fill('9')
  await page.getByRole('button', { name: 'Save review rules' }).click()
  await expect(page.getByText(/can review here, and an author may not approve their own release: require at most \d+\./)).toBeVisible()
  await expect(approvals).toHaveAttribute('aria-invalid', 'true')
  await approvals.fill('')
  await page.getByRole('button', { name: 'Save review rules' }).click()
  await expect(page.getByText('Enter a number.')).toBeVisible()
  // One tenant admin (Ada) reviews: when she proposes a release herself, only she could approve it.
  await approvals.fill('1')
  await page.getByLabel('Tenant admins only (1 person)').check()
  await page.getByRole('button', { name: 'Save review rules' }).click()
  await expect(
    page.getByText(
      'Only 1 person (tenant admins only) can review here, and an author may not approve their own release: require at most 0.',
    ),
  ).toBeVisible()
  await page.getByLabel('Authors may approve their own releases').check()
  await page.getByRole('button', { name: 'Save review rules' }).click()
  await expect(page.getByText(`Saved the review rules of ${name}.`)).toBeVisible()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'environments-settings')

  await page.reload()
  await expect(page.getByLabel('Approvals required')).toHaveValue('1')
  await expect(page.getByLabel(/^Tenant admins only/)).toBeChecked()
  await expect(page.getByLabel('Authors may approve their own releases')).toBeChecked()
})

test('unprotecting Production asks first; a protected environment cannot be deleted', async ({ signedInAs }) => {
  const page = await signedInAs('rob@acme.test')
  await openEnvironments(page)
  await page.getByRole('link', { name: 'Settings of Production' }).click()
  await expect(page.getByText('A protected environment cannot be deleted.')).toBeVisible()
  await page.getByLabel('Protected').uncheck()
  await page.getByRole('button', { name: 'Save changes' }).click()
  const confirm = page.getByRole('dialog', { name: 'Unprotect Production?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await page.reload()
  await expect(page.getByLabel('Protected')).toBeChecked()
  await expect(page.getByRole('note')).toContainText('Production is protected')
})

test('an empty environment is deleted once its slug is typed', async ({ signedInAs }) => {
  const page = await signedInAs('rob@acme.test')
  const overview = page.url()
  const name = unique('Scratch')
  const slug = slugify(name)
  await openEnvironments(page)
  const before = await listedEnvironments(page)
  await addEnvironment(page, name, 'Production')
  // Staging releases to it, for now.
  await pointStagingTo(page, overview, name)
  try {
    await openEnvironments(page)
    await page.getByRole('link', { name: `Settings of ${name}` }).click()
    await page.getByRole('button', { name: 'Delete environment…' }).click()
    const dialog = page.getByRole('dialog', { name: `Delete ${name}?` })
    const confirm = dialog.getByRole('button', { name: 'Delete environment' })
    await expect(confirm).toBeDisabled()
    await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug)
    await expect(confirm).toBeEnabled()
    await confirm.click()
    await expect(page.getByText(`${name} is deleted.`)).toBeVisible()
    await expect(page).toHaveURL(/\/environments$/)
    await expect.poll(() => listedEnvironments(page)).toEqual(before)
    // Staging released to it: it now releases nowhere, until someone points it on.
    await expect(
      page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Settings of Staging' }) }),
    ).toContainText('releases nowhere')
  } finally {
    await pointStagingTo(page, overview, 'Production')
  }
})

test('a member reads environments and their rules without any control', async ({ signedInAs }) => {
  const page = await signedInAs('pat@acme.test')
  await openEnvironments(page)
  await expect(pageHeader(page)).toContainText('Read-only')
  await expect(page.getByRole('button', { name: 'Add environment' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0)
  await page.getByRole('link', { name: 'Settings of Production' }).click()
  // Wait for the settings page itself: the list has no textbox either.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Production settings')
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Save|Delete/ })).toHaveCount(0)
  await expect(page.getByText('1 approval from workspace admins and tenant admins, not the author.')).toBeVisible()
})

test('a release whose target changed under it goes stale, and its author refreshes it', async ({ signedInAs }) => {
  const pat = await signedInAs('pat@acme.test')
  const rob = await signedInAs('rob@acme.test')
  const overview = pat.url()
  const editLeadResearcher = async (description: string) => {
    await pat.goto(`${overview}/environments/staging/resources/agent/lead-researcher`)
    await pat.getByLabel('Description').fill(description)
    await pat.getByRole('button', { name: 'Save as new revision' }).click()
    await expect(pat.getByText(/Saved as revision #\d+\./)).toBeVisible()
  }
  // Pat changes Lead researcher in Staging and proposes it to Production beside the demo's "Lead research".
  await editLeadResearcher('Finds companies that match the ideal customer profile, second take.')
  await pat.getByRole('link', { name: 'Compare with Production' }).click()
  await pat.getByLabel('Title').fill('Lead research, second take')
  await pat.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(pat.getByRole('heading', { level: 1 })).toContainText('Lead research, second take')
  await expect(pat.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()

  // No other test of this spec applies a release to Production: this one is #3 after the demo's two.
  await rob.goto(`${overview}/environments/production/releases`)
  await rob.getByRole('link', { name: 'Lead research, second take' }).click()
  await rob.getByRole('button', { name: 'Approve' }).click()
  await applyRelease(rob)
  await expect(rob.getByText('Applied to Production as release #3.')).toBeVisible()
  // The demo's "Lead research" was drafted before Production changed: applying it now would undo that change unseen.
  await rob.goto(`${overview}/environments/production/releases`)
  await rob.getByRole('link', { name: 'Lead research', exact: true }).click()
  await rob.getByRole('button', { name: 'Approve' }).click()
  await applyRelease(rob)
  await expect(rob.getByText('The target changed since this release was drafted: it is stale. Refresh it.')).toBeVisible()
  await expect(rob.getByRole('definition').getByText('Stale', { exact: true })).toBeVisible()
  await expect(rob.getByRole('button', { name: /^Apply to / })).toHaveCount(0)

  await editLeadResearcher('Finds companies that match the ideal customer profile, third take.')
  await pat.goto(`${overview}/environments/production/releases`)
  await pat.getByRole('link', { name: 'Lead research', exact: true }).click()
  await pat.getByRole('button', { name: 'Refresh' }).click()
  await expect(pat.getByText('Refreshed against the current state; approvals start again.')).toBeVisible()
  await expect(pat.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  // The frozen diff is now against what Production holds after release #3.
  await expect(pat.getByText(/^Before: .*second take\.$/)).toBeVisible()
  await expect(pat.getByText(/^After: .*third take\.$/)).toBeVisible()
  await screenshot(pat, 'environments-release-refreshed')

  await rob.goto(`${overview}/environments/production/releases`)
  await rob.getByRole('link', { name: 'Lead research', exact: true }).click()
  await rob.getByRole('button', { name: 'Approve' }).click()
  await applyRelease(rob)
  await expect(rob.getByText('Applied to Production as release #4.')).toBeVisible()
})

test('editing a submitted release voids the approvals it had', async ({ signedInAs }) => {
  const pat = await signedInAs('pat@acme.test')
  const rob = await signedInAs('rob@acme.test')
  const overview = pat.url()
  const title = unique('Triage by language')
  const release = await proposeToStaging(
    pat,
    overview,
    'support-triage',
    `Sorts incoming tickets by urgency and product, then by language (${title}).`,
    title,
  )

  await rob.goto(release)
  await rob.getByRole('button', { name: 'Approve' }).click()
  await expect(rob.getByText('Approved (1 of 1).')).toBeVisible()

  await pat.goto(release)
  await expect(pat.getByRole('definition').getByText('Approved', { exact: true })).toBeVisible()
  await pat.getByRole('button', { name: 'Edit…' }).click()
  const dialog = pat.getByRole('dialog', { name: 'Edit this release' })
  await dialog.getByLabel('Title').fill(`${title} and product`)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(pat.getByText('Saved. The approvals given so far are void: reviewers look again.')).toBeVisible()
  await expect(pat.getByRole('heading', { level: 1 })).toContainText(`${title} and product`)
  await expect(pat.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await expect(pat.getByRole('definition').getByText('0 of 1 required', { exact: true })).toBeVisible()
  await screenshot(pat, 'environments-release-edited')
})
