import { expect, test } from './fixtures'
import { screenshot, seriousAccessibilityViolations, waitForHydration, pageHeader } from './helpers'

test('a workspace admin adds a member by searching, changes a role inline, and removes someone else but not themselves', async ({
  signedInAs,
}) => {
  const page = await signedInAs('wsadmin@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Members of Marketing')
  await waitForHydration(page)

  // Add: one dialog; nobody is listed before a search, then pick, role, add.
  await page.getByRole('button', { name: 'Add people' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add people to Marketing' })
  await expect(dialog.getByLabel('Name or email address')).toBeFocused()
  await expect(dialog.getByRole('list', { name: 'Matches' })).toHaveCount(0)
  await dialog.getByLabel('Name or email address').fill('vic')
  const results = dialog.getByRole('list', { name: 'Matches' })
  await expect(results.getByRole('button')).toHaveText([/Vic Viewer/])
  await results.getByRole('button', { name: /Vic Viewer/ }).click()
  await dialog.getByLabel('Role', { exact: true }).selectOption('workspace_viewer')
  await screenshot(page, 'add-people-dialog')
  await dialog.getByRole('button', { name: 'Add to workspace' }).click()
  await expect(page.getByText('Vic Viewer can now work here as viewer.')).toBeVisible()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('cell', { name: 'viewer@acme.test' })).toBeVisible()

  // Change a role: choosing proposes it, Save sends it, a toast confirms, focus stays on the select.
  const miaRow = page.getByRole('row').filter({ hasText: 'Mia Member' })
  await page.getByLabel('Role of Mia Member').selectOption('workspace_viewer')
  await page.reload()
  await expect(page.getByLabel('Role of Mia Member')).toHaveValue('workspace_member')
  await page.getByLabel('Role of Mia Member').selectOption('workspace_viewer')
  await miaRow.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Mia Member is now viewer.')).toBeVisible()
  await expect(page.getByLabel('Role of Mia Member')).toBeFocused()
  await page.reload()
  await expect(page.getByLabel('Role of Mia Member')).toHaveValue('workspace_viewer')
  await page.getByLabel('Role of Mia Member').selectOption('workspace_member')
  await miaRow.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Mia Member is now member.')).toBeVisible()

  // No remove control on one's own row.
  const ownRow = page.getByRole('row').filter({ hasText: 'wsadmin@acme.test' })
  await expect(ownRow.getByRole('button', { name: 'Remove' })).toHaveCount(0)
  await screenshot(page, 'members')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  // Remove someone else, after confirming.
  await page.getByRole('row').filter({ hasText: 'viewer@acme.test' }).getByRole('button', { name: 'Remove' }).click()
  await page.getByRole('dialog', { name: 'Remove Vic Viewer?' }).getByRole('button', { name: 'Remove member' }).click()
  await expect(page.getByText('Vic Viewer was removed.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'viewer@acme.test' })).toHaveCount(0)

  // Server-side search.
  await page.getByLabel('Search members').fill('mia')
  await expect(page).toHaveURL(/q=mia/)
  await expect(page.locator('tbody tr')).toHaveCount(1)
})

test('a role change is undone from its toast, and lowering your own admin role asks first', async ({ signedInAs }) => {
  const page = await signedInAs('wsadmin@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(page)

  const miaRole = page.getByLabel('Role of Mia Member')
  await miaRole.selectOption('workspace_admin')
  await page.getByRole('row').filter({ hasText: 'Mia Member' }).getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Mia Member is now admin.')).toBeVisible()
  await expect(miaRole).toHaveValue('workspace_admin')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Mia Member is member again.')).toBeVisible()
  await expect(miaRole).toHaveValue('workspace_member')
  await page.reload()
  await expect(miaRole).toHaveValue('workspace_member')

  const ownRole = page.getByLabel('Role of Walt Workspace')
  await ownRole.selectOption('workspace_member')
  await page.getByRole('row').filter({ hasText: 'Walt Workspace' }).getByRole('button', { name: 'Save' }).click()
  const warning = page.getByRole('dialog', { name: 'Lower your own role?' })
  await expect(warning).toContainText('You will lose admin access to Marketing')
  await screenshot(page, 'members-self-demotion-warning')
  await warning.getByRole('button', { name: 'Cancel' }).click()
  await expect(ownRole).toHaveValue('workspace_admin')
  await expect(ownRole).toBeFocused()
})

test('a viewer reads the members without any control', async ({ signedInAs }) => {
  const page = await signedInAs('viewer@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await expect(pageHeader(page)).toContainText('Read-only')
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: /^Role of/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Add people' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Invitations/ })).toHaveCount(0)
})
