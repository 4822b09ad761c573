import fs from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { screenshot, seriousAccessibilityViolations, pageHeader } from './helpers'

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const MUTATING = ['Save changes', 'Set as default', 'Archive…', 'Restore', 'Create workspace']

async function expectNoMutatingControls(page: Page) {
  for (const name of MUTATING) {
    await expect(page.getByRole('button', { name })).toHaveCount(0)
    await expect(page.getByRole('link', { name })).toHaveCount(0)
  }
  await expect(page.getByRole('textbox')).toHaveCount(0)
}

test('an auditor browses two workspaces read-only, filters the audit log, expands an entry and downloads the CSV', async ({
  signedInAs,
}) => {
  const page = await signedInAs('auditor@acme.test')

  // Two workspaces, every page read-only.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Production')
  await expect(pageHeader(page)).toContainText('Read-only')
  await expectNoMutatingControls(page)
  await nav(page).getByRole('link', { name: 'Settings', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace settings' })).toBeVisible()
  await expect(pageHeader(page)).toContainText('Read-only')
  await expectNoMutatingControls(page)
  await page.getByRole('button', { name: /Switch workspace/ }).click()
  await page.getByRole('option', { name: /Marketing/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marketing')
  await expectNoMutatingControls(page)
  await nav(page).getByRole('link', { name: 'Workspaces' }).click()
  await expect(pageHeader(page)).toContainText('Read-only')
  await page.getByRole('link', { name: 'Client A', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Client A')
  await expectNoMutatingControls(page)

  // The audit log: the chain badge, filters in the URL, an expanded entry.
  await nav(page).getByRole('link', { name: 'Audit log' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^✓ Chain verified up to #\d+/ })).toBeVisible()
  await expect(pageHeader(page)).toContainText('Read-only')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  // A day with seeded entries, read from the log itself: never "seededDay", which moves at midnight.
  const seeded = page.getByRole('row').filter({ hasText: 'created workspace Marketing' })
  const seededDay = (await seeded.locator('time').getAttribute('datetime'))!.slice(0, 10)
  await page.getByRole('combobox', { name: 'Workspace', exact: true }).selectOption({ label: 'Marketing' })
  await page.getByLabel('From', { exact: true }).fill(seededDay)
  await page.getByLabel('To', { exact: true }).fill(seededDay)
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(new RegExp(`workspace=.+&.*from=${seededDay}&to=${seededDay}`))
  const rows = page.locator('tbody tr')
  await expect(rows.first()).toContainText('Marketing')
  await expect(page.getByText('created workspace Marketing')).toBeVisible()
  await expect(page.getByText('created workspace Production')).toHaveCount(0)

  const entry = page.getByRole('row').filter({ hasText: 'created workspace Marketing' })
  await entry.getByRole('button', { name: /Show details/ }).click()
  await expect(page.getByText('"slug": "marketing"')).toBeVisible()
  await screenshot(page, 'audit-log-filtered')
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()])
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  const lines = csv.trim().split('\r\n')
  expect(lines[0]).toBe('seq,time,actor,actor_email,action,description,target_type,target_id,workspace,ip,user_agent,data,hash')
  expect(lines.length).toBeGreaterThan(1)
  for (const line of lines.slice(1)) expect(line).toContain(',Marketing,')
  expect(csv).toContain('created workspace Marketing')
})

test('members and viewers have no audit log', async ({ signedInAs }) => {
  const page = await signedInAs('member@acme.test')
  await expect(nav(page).getByRole('link', { name: 'Audit log' })).toHaveCount(0)
  await page.goto('/audit')
  await expect(page.getByRole('heading', { name: 'You do not have access to the audit log' })).toBeVisible()
  const response = await page.request.get('/audit/export?format=csv')
  expect(response.status()).toBe(403)
})
