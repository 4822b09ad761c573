import { expect, test, type Page } from '@playwright/test'
import { screenshot, seriousAccessibilityViolations, signInAndWait, signOut } from './helpers'

/**
 * The demo's Production workspace: Rob (its workspace admin) arranges its environments and
 * their review rules; Pat (a member) reads them, and a release of Pat's goes stale when
 * Production changes under it. Tests run in order on one console.
 */
test.describe.configure({ mode: 'serial' })

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

test('a workspace admin adds an environment, places it and sets where it releases to', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openEnvironments(page)
  await page.getByRole('button', { name: 'Add environment' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an environment' })
  await dialog.getByLabel('Name').fill('Staging')
  await expect(dialog.getByLabel('Slug')).toHaveValue('staging')
  await dialog.getByRole('button', { name: 'Add environment' }).click()
  await expect(dialog.getByText('This workspace already has an environment with this slug.')).toBeVisible()

  await dialog.getByLabel('Name').fill('QA')
  await dialog.getByLabel('Slug').fill('qa')
  await dialog.getByLabel('Description').fill('Where the support team tries agents on real tickets.')
  await dialog.getByLabel('Releases to').selectOption({ label: 'Production' })
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'environments-add')
  await dialog.getByRole('button', { name: 'Add environment' }).click()
  await expect(page.getByText('QA is added.')).toBeVisible()
  await expect(page).toHaveURL(/\/environments\/qa$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('QA')

  await openEnvironments(page)
  await expect.poll(() => listedEnvironments(page)).toEqual(['Development', 'Staging', 'Production', 'QA'])
  await expect(page.getByRole('button', { name: 'Move QA down' })).toBeDisabled()
  await page.getByRole('button', { name: 'Move QA up' }).click()
  await expect(page.getByText('Moved QA up to place 3.')).toBeVisible()
  await expect.poll(() => listedEnvironments(page)).toEqual(['Development', 'Staging', 'QA', 'Production'])
  await screenshot(page, 'environments-list')

  // Staging now releases to QA, and QA to Production.
  await page.getByRole('link', { name: 'Settings of Staging' }).click()
  await page.getByLabel('Releases to').selectOption({ label: 'QA' })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved Staging.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Compare with QA' })).toBeVisible()
})

test('review rules nobody could satisfy are refused next to the field', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openEnvironments(page)
  await page.getByRole('link', { name: 'Settings of QA' }).click()
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
  await expect(page.getByText('Saved the review rules of QA.')).toBeVisible()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'environments-settings')

  await page.reload()
  await expect(page.getByLabel('Approvals required')).toHaveValue('1')
  await expect(page.getByLabel(/^Tenant admins only/)).toBeChecked()
  await expect(page.getByLabel('Authors may approve their own releases')).toBeChecked()
})

test('unprotecting Production asks first; a protected environment cannot be deleted', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
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

test('an empty environment is deleted once its slug is typed', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openEnvironments(page)
  await page.getByRole('link', { name: 'Settings of QA' }).click()
  await page.getByRole('button', { name: 'Delete environment…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete QA?' })
  const confirm = dialog.getByRole('button', { name: 'Delete environment' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel('Type qa to confirm').fill('qa')
  await expect(confirm).toBeEnabled()
  await confirm.click()
  await expect(page.getByText('QA is deleted.')).toBeVisible()
  await expect(page).toHaveURL(/\/environments$/)
  await expect.poll(() => listedEnvironments(page)).toEqual(['Development', 'Staging', 'Production'])
  // Staging released to QA: it now releases nowhere, until someone points it on.
  await expect(
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Settings of Staging' }) }),
  ).toContainText('releases nowhere')
  await page.getByRole('link', { name: 'Settings of Staging' }).click()
  await page.getByLabel('Releases to').selectOption({ label: 'Production' })
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved Staging.')).toBeVisible()
})

test('a member reads environments and their rules without any control', async ({ page }) => {
  await signInAndWait(page, 'pat@acme.test')
  await openEnvironments(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Read-only')
  await expect(page.getByRole('button', { name: 'Add environment' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0)
  await page.getByRole('link', { name: 'Settings of Production' }).click()
  // Wait for the settings page itself: the list has no textbox either.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Production settings')
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Save|Delete/ })).toHaveCount(0)
  await expect(page.getByText('1 approval from workspace admins and tenant admins, not the author.')).toBeVisible()
})

test('a release whose target changed under it goes stale, and its author refreshes it', async ({ page }) => {
  const editLeadResearcher = async (description: string) => {
    await page.goto(`${overview}/environments/staging/resources/agent/lead-researcher`)
    await page.getByLabel('Description').fill(description)
    await page.getByRole('button', { name: 'Save as new revision' }).click()
    await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
  }
  await signInAndWait(page, 'pat@acme.test')
  const overview = page.url()
  // Pat changes Lead researcher in Staging and proposes it to Production beside the demo's "Lead research".
  await editLeadResearcher('Finds companies that match the ideal customer profile, second take.')
  await page.getByRole('link', { name: 'Compare with Production' }).click()
  await page.getByLabel('Title').fill('Lead research, second take')
  await page.getByRole('button', { name: 'Submit release to Production' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lead research, second take')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await signOut(page)

  await signInAndWait(page, 'rob@acme.test')
  await page.goto(`${overview}/environments/production/releases`)
  await page.getByRole('link', { name: 'Lead research, second take' }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(/Applied as release #3\./)).toBeVisible()
  // The demo's "Lead research" was drafted before Production changed: applying it now would undo that change unseen.
  await page.goto(`${overview}/environments/production/releases`)
  await page.getByRole('link', { name: 'Lead research', exact: true }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('The target changed since this release was drafted: it is stale. Refresh it.')).toBeVisible()
  await expect(page.getByRole('definition').getByText('Stale', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Apply' })).toHaveCount(0)
  await signOut(page)

  await signInAndWait(page, 'pat@acme.test')
  await editLeadResearcher('Finds companies that match the ideal customer profile, third take.')
  await page.goto(`${overview}/environments/production/releases`)
  await page.getByRole('link', { name: 'Lead research', exact: true }).click()
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByText('Refreshed against the current state; approvals start again.')).toBeVisible()
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  // The frozen diff is now against what Production holds after release #3.
  await expect(page.getByText(/^Before: .*second take\.$/)).toBeVisible()
  await expect(page.getByText(/^After: .*third take\.$/)).toBeVisible()
  await screenshot(page, 'environments-release-refreshed')
  await signOut(page)

  await signInAndWait(page, 'rob@acme.test')
  await page.goto(`${overview}/environments/production/releases`)
  await page.getByRole('link', { name: 'Lead research', exact: true }).click()
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText(/Applied as release #4\./)).toBeVisible()
})

test('editing a submitted release voids the approvals it had', async ({ page }) => {
  await signInAndWait(page, 'pat@acme.test')
  const overview = page.url()
  await page.goto(`${overview}/environments/development/resources/agent/support-triage`)
  await page.getByLabel('Description').fill('Sorts incoming tickets by urgency and product, then by language.')
  await page.getByRole('button', { name: 'Save as new revision' }).click()
  await expect(page.getByText(/Saved as revision #\d+\./)).toBeVisible()
  await page.getByRole('link', { name: 'Compare with Staging' }).click()
  await page.getByLabel('Title').fill('Triage by language')
  await page.getByRole('button', { name: 'Submit release to Staging' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Triage by language')
  const release = page.url()
  await signOut(page)

  await signInAndWait(page, 'rob@acme.test')
  await page.goto(release)
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page.getByText('Approved (1 of 1).')).toBeVisible()
  await signOut(page)

  await signInAndWait(page, 'pat@acme.test')
  await page.goto(release)
  await expect(page.getByRole('definition').getByText('Approved', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Edit…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit this release' })
  await dialog.getByLabel('Title').fill('Triage by language and product')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Saved. The approvals given so far are void: reviewers look again.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Triage by language and product')
  await expect(page.getByRole('definition').getByText('In review', { exact: true })).toBeVisible()
  await expect(page.getByRole('definition').getByText('0 of 1 required', { exact: true })).toBeVisible()
  await screenshot(page, 'environments-release-edited')
})
