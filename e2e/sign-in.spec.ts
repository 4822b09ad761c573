import { expect, test } from '@playwright/test'
import { screenshot, seriousAccessibilityViolations, signIn, signInAndWait, signOut } from './helpers'

const LANDINGS = [
  ['admin@acme.test', 'Acme Corp', 'Production'],
  ['wsadmin@acme.test', 'Acme Corp', 'Marketing'],
  ['member@acme.test', 'Acme Corp', 'Client A'],
  ['viewer@acme.test', 'Acme Corp', 'Staging'],
  ['auditor@acme.test', 'Acme Corp', 'Production'],
  ['admin@globex.test', 'Globex', 'Research'],
  ['both@example.test', 'Acme Corp', 'Client A'],
] as const

test.describe('signing in', () => {
  for (const [email, tenant, workspace] of LANDINGS) {
    test(`${email} lands in ${tenant} / ${workspace}`, async ({ page }) => {
      await signInAndWait(page, email)
      await expect(page).toHaveURL(/\/workspaces\/[^/]+$/)
      await expect(page.getByTestId('active-workspace')).toHaveText(workspace)
      await expect(page.getByRole('complementary')).toContainText(tenant)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(workspace)
    })
  }

  test('a wrong password shows one generic message and keeps the person signed out', async ({ page }) => {
    await signIn(page, 'admin@acme.test', 'not-the-password')
    await expect(page.getByText('Incorrect email or password.')).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByLabel('Email')).toHaveValue('admin@acme.test')
    await screenshot(page, 'login-wrong-password')
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await signIn(page, 'nobody@acme.test', 'not-the-password')
    await expect(page.getByText('Incorrect email or password.')).toBeVisible()
  })

  test('the console is closed to signed-out visitors, and sign-out ends the session', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
    await signInAndWait(page, 'admin@acme.test')
    await screenshot(page, 'dashboard-admin')
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await signOut(page)
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
  })
})
