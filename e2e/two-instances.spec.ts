import { expect, test } from '@playwright/test'
import { signInAndWait, signOut } from './helpers'

const A = 'http://localhost:3221'
const B = 'http://localhost:3222'

test('the session and its checks live in the token and the database, not in either instance', async ({ browser }) => {
  // Cookies belong to the host, not the port: this one browser context is one person using both instances.
  const member = await browser.newPage()
  await signInAndWait(member, 'member@acme.test')
  await member.getByRole('button', { name: /Switch workspace/ }).click()
  await member.getByRole('option', { name: /Marketing/ }).click()
  await expect(member.getByTestId('active-workspace')).toHaveText('Marketing')

  // The next request, on the other instance, shows the new workspace.
  await member.goto(`${B}/`)
  await expect(member.getByTestId('active-workspace')).toHaveText('Marketing')

  // An admin archives it on instance A; the member's next request on instance B falls back.
  const admin = await browser.newContext()
  const adminPage = await admin.newPage()
  await signInAndWait(adminPage, 'admin@acme.test')
  await adminPage.goto(`${A}/workspaces`)
  const row = adminPage.getByRole('row').filter({ has: adminPage.getByRole('link', { name: 'Marketing', exact: true }) })
  await row.getByRole('button', { name: 'Archive…' }).click()
  await adminPage.getByLabel('Type marketing to confirm').fill('marketing')
  await adminPage.getByRole('button', { name: 'Archive workspace' }).click()
  await expect(row).toHaveCount(0)

  await member.goto(`${B}/`)
  await expect(member.getByTestId('active-workspace')).toHaveText('Client A')

  // An admin removes the membership on instance A; the next request on B falls back again.
  await adminPage.goto(`${A}/workspaces`)
  await adminPage.getByRole('link', { name: 'Client A', exact: true }).click()
  await expect(adminPage.getByRole('heading', { name: 'Lifecycle' })).toBeVisible()
  const clientA = adminPage.url()
  await adminPage.goto(`${clientA}/members`)
  await adminPage.getByRole('row').filter({ hasText: 'member@acme.test' }).getByRole('button', { name: 'Remove' }).click()
  await adminPage.getByRole('dialog', { name: 'Remove Mia Member?' }).getByRole('button', { name: 'Remove member' }).click()
  await expect(adminPage.getByText('Mia Member was removed.')).toBeVisible()

  await member.goto(`${B}/`)
  await expect(member.getByRole('heading', { name: 'You have no workspace yet' })).toBeVisible()
  await expect(member.getByText('Ada Admin · admin@acme.test')).toBeVisible()
})

test('an API key revoked on one instance is refused by the other on its very next request', async ({ page, request }) => {
  await signInAndWait(page, 'admin@acme.test')
  await page.goto(`${A}/settings/api-keys`)
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an API key' })
  await dialog.getByLabel('Name').fill('Two instances')
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const key = await dialog.getByLabel('The new API key Two instances').inputValue()
  await dialog.getByRole('button', { name: 'Done' }).click()

  const headers = { authorization: `Bearer ${key}` }
  expect((await request.get(`${B}/api/v1/workspaces`, { headers })).status()).toBe(200)
  const card = page.getByRole('region', { name: /^Two instances/ })
  await card.getByRole('button', { name: 'Revoke…' }).click()
  await page.getByRole('dialog', { name: 'Revoke Two instances?' }).getByRole('button', { name: 'Revoke' }).click()
  await expect(card).toContainText('Revoked')
  expect((await request.get(`${B}/api/v1/workspaces`, { headers })).status()).toBe(401)
})

test('signing out on one instance ends the session on the other at once', async ({ browser }) => {
  // Two contexts share one cookie: what a thief who copied it before sign-out holds.
  const onA = await browser.newContext({ baseURL: A })
  const page = await onA.newPage()
  // The auditor: the first test archived the workspace where others land.
  await signInAndWait(page, 'auditor@acme.test')
  const copied = await onA.cookies()
  const onB = await browser.newContext({ baseURL: B })
  await onB.addCookies(copied)
  const thief = await onB.newPage()
  await thief.goto('/workspaces')
  await expect(thief.getByTestId('active-workspace')).toBeVisible()

  await signOut(page)
  await thief.goto('/workspaces')
  await expect(thief).toHaveURL(/\/login/)
  await Promise.all([onA.close(), onB.close()])
})
