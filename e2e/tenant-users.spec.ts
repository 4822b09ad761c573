import { expect, test } from './fixtures'
import { screenshot, seriousAccessibilityViolations, signIn, signInAndWait, waitForHydration } from './helpers'

test('a tenant admin disables a user in the tenant, who loses it at once and cannot sign in to it, then re-enables them', async ({
  browser,
  signedInAs,
}) => {
  // Disabling Vic ends their sessions: they sign in through the form, not with the spec's shared session.
  const viewer = await browser.newPage()
  await signInAndWait(viewer, 'viewer@acme.test')

  const admin = await signedInAs('admin@acme.test')
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('Users')
  const row = admin.getByRole('row').filter({ hasText: 'viewer@acme.test' })
  const ownRow = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'admin@acme.test', exact: true }) })
  await expect(ownRow).toHaveCount(1)
  await expect(ownRow.getByRole('button', { name: 'Disable' })).toHaveCount(0)
  await row.getByRole('button', { name: 'Disable' }).click()
  const dialog = admin.getByRole('dialog', { name: 'Disable Vic Viewer in Acme Corp?' })
  await expect(dialog).toContainText('Other organisations they belong to are not affected.')
  await dialog.getByRole('button', { name: 'Disable access' }).click()
  await expect(admin.getByText('Vic Viewer is disabled in Acme Corp.')).toBeVisible()
  await expect(row).toContainText('Disabled')
  await screenshot(admin, 'tenant-users')
  expect(await seriousAccessibilityViolations(admin)).toEqual([])

  // Acme was Vic's only tenant: their session ended with it, and signing in again is refused.
  await viewer.reload()
  await expect(viewer).toHaveURL(/\/login/)
  await signIn(viewer, 'viewer@acme.test')
  await expect(viewer.getByText('This account is disabled. Ask your tenant administrator to re-enable it.')).toBeVisible()

  await row.getByRole('button', { name: 'Re-enable' }).click()
  await expect(admin.getByText('Vic Viewer can use Acme Corp again.')).toBeVisible()
  await signInAndWait(viewer, 'viewer@acme.test')
  await expect(viewer.getByTestId('active-workspace')).toHaveText('Staging')

  // A user's page lists their memberships, each role editable in place.
  await admin.getByRole('link', { name: 'Mia Member' }).click()
  await expect(admin.getByRole('heading', { level: 1 })).toContainText('Mia Member')
  const clientA = admin.getByRole('listitem').filter({ hasText: 'Client A' })
  await admin.getByLabel('Role in Client A').selectOption('workspace_viewer')
  await clientA.getByRole('button', { name: 'Save' }).click()
  await expect(admin.getByText('Mia Member is now viewer.')).toBeVisible()
  await admin.reload()
  await expect(admin.getByLabel('Role in Client A')).toHaveValue('workspace_viewer')
  await admin.getByLabel('Role in Client A').selectOption('workspace_member')
  await clientA.getByRole('button', { name: 'Save' }).click()
  await expect(admin.getByText('Mia Member is now member.')).toBeVisible()
})

test('the users table searches, sorts and pages on the server, and the URL keeps the view', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click()
  await waitForHydration(page)
  const emails = page.locator('tbody tr td:nth-child(2)')

  await page.getByLabel('Search people').fill('VIC')
  await expect(page).toHaveURL(/q=VIC/)
  await expect(emails).toHaveText(['viewer@acme.test'])
  await expect(page.getByText('1 person · page 1 of 1')).toBeVisible()
  await page.getByLabel('Search people').fill('nobody-by-this-name')
  await expect(page.getByText('Nobody in Acme Corp matches “nobody-by-this-name”.')).toBeVisible()
  await page.getByLabel('Search people').fill('')
  await expect(page).not.toHaveURL(/q=/)

  await page.getByRole('button', { name: /^Email/ }).click()
  await expect(page).toHaveURL(/sort=email&dir=asc/)
  const ascending = await emails.allTextContents()
  expect(ascending).toEqual([...ascending].sort())
  await page.getByRole('button', { name: /^Email/ }).click()
  await expect(page).toHaveURL(/dir=desc/)
  await expect(emails).toHaveText([...ascending].reverse())

  // A bookmarked view: ten per page, sorted by email descending; with fewer people than a page, no pager.
  await page.goto('/settings/users?sort=email&dir=desc&size=10')
  await expect(page.getByLabel('Per page')).toHaveValue('10')
  await expect(emails).toHaveText([...ascending].reverse())
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0)
})
