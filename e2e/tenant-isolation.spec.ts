import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { inviteByEmail, screenshot, seriousAccessibilityViolations, signInAndWait, watchCspViolations, waitForHydration } from './helpers'

const RUN = Date.now().toString(36).slice(-6)

async function switchTo(page: Page, workspace: string) {
  await page.getByRole('button', { name: /Switch workspace/ }).click()
  await page.getByRole('option', { name: new RegExp(workspace) }).click()
  await expect(page.getByTestId('active-workspace')).toHaveText(workspace)
}

/** Invites an address from the active workspace's members page and returns the link shown once. */
async function invite(page: Page, email: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(page)
  const { dialog, path } = await inviteByEmail(page, email)
  await dialog.getByRole('button', { name: 'Done' }).click()
  return path
}

test('one account, two tenants: an Acme person accepts a Globex invitation by signing in once, then switches between tenants', async ({
  browser,
  signedInAs,
}) => {
  const email = `two-tenants-${RUN}@example.test`
  // An account in Acme first, made the way people get one: an invitation accepted with a new password.
  const acmeAdmin = await signedInAs('admin@acme.test')
  const acmeLink = await invite(acmeAdmin, email)
  const first = await (await browser.newContext()).newPage()
  await first.goto(acmeLink)
  await first.getByLabel('Your name').fill('Tess Two')
  await first.getByLabel('Password').fill('a long enough password')
  await first.getByRole('button', { name: 'Join the workspace' }).click()
  await expect(first.getByTestId('active-workspace')).toHaveText('Production')

  // Globex invites the same address.
  const globexAdmin = await signedInAs('admin@globex.test')
  const globexLink = await invite(globexAdmin, email)

  // Opened signed out: the page asks her to sign in with the account she has, then brings her back.
  const tess = await (await browser.newContext()).newPage()
  const csp = watchCspViolations(tess)
  await tess.goto(globexLink)
  await expect(tess.getByRole('heading', { name: 'Join Research' })).toBeVisible()
  await expect(tess.getByText(`${email} already has an Atrium account.`)).toBeVisible()
  await expect(tess.getByLabel('Your name')).toHaveCount(0)
  await screenshot(tess, 'invitation-existing-account')
  expect(await seriousAccessibilityViolations(tess)).toEqual([])
  await tess.getByRole('link', { name: 'Sign in to accept' }).click()
  await expect(tess).toHaveURL(/\/login\?next=/)
  await tess.getByLabel('Email').fill(email)
  await tess.getByLabel('Password').fill('a long enough password')
  await tess.getByRole('button', { name: 'Sign in' }).click()
  await expect(tess.getByRole('button', { name: 'Join Globex' })).toBeVisible()
  await tess.getByRole('button', { name: 'Join Globex' }).click()
  await expect(tess.getByTestId('active-workspace')).toHaveText('Research')
  await expect(tess.getByRole('complementary')).toContainText('Globex')

  // Both tenants are in the switcher, and switching crosses tenants like workspaces.
  await switchTo(tess, 'Production')
  await expect(tess.getByRole('complementary')).toContainText('Acme Corp')
  await switchTo(tess, 'Research')
  await expect(tess.getByRole('complementary')).toContainText('Globex')
  expect(csp).toEqual([])

  // Each switch is in the audit log of the tenant it entered.
  await globexAdmin.goto('/audit?action=workspace.switched')
  await expect(globexAdmin.getByRole('table')).toContainText('Tess Two')
})

test('an archived workspace is read-only everywhere a tenant admin looks: detail, members, a user page', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Client A', exact: true }) })
  await row.getByRole('button', { name: 'Archive…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Archive Client A?' })
  await dialog.getByLabel('Type client-a to confirm').fill('client-a')
  await dialog.getByRole('button', { name: 'Archive workspace' }).click()
  await expect(dialog).toBeHidden()

  try {
    await page.getByLabel('Status').selectOption('all')
    await page.getByRole('link', { name: 'Client A', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Client A')
    await expect(page.getByText(/It is read-only/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Edit settings' })).toHaveCount(0)
    const detailUrl = page.url()

    await page.goto(`${detailUrl}/members`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Client A')
    await expect(page.getByRole('button', { name: 'Add people' })).toHaveCount(0)
    await expect(page.getByRole('combobox', { name: /Role of/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Remove/ })).toHaveCount(0)
    await screenshot(page, 'archived-members')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click()
    await page.getByRole('link', { name: 'Mia Member' }).click()
    await expect(page.getByLabel('Role in Client A')).toHaveCount(0)
    await expect(page.getByLabel('Role in Marketing')).toBeVisible()
  } finally {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click()
    await page.getByLabel('Status').selectOption('archived')
    await page.getByRole('row').filter({ hasText: 'Client A' }).getByRole('button', { name: 'Restore' }).click()
    await expect(page.getByText('No archived workspaces.')).toBeVisible()
  }
})

test('a typo in an audit date says so next to the filters instead of failing, and the export refuses it', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test')
  for (const day of ['2026-13-45', '9999-99-99', '0000-00-00']) {
    const response = await page.goto(`/audit?from=${day}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText(`The “From” date “${day}” was ignored`)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Audit log')
  }
  await screenshot(page, 'audit-date-typo')
  expect((await page.goto('/audit?actor=%00'))?.status()).toBe(200)
  await expect(page.getByText(/The actor “.*” was ignored/)).toBeVisible()
  const exported = await page.request.get('/audit/export?format=csv&to=2026-02-30')
  expect(exported.status()).toBe(400)
  expect(await exported.text()).toContain('This date does not exist.')
  expect((await page.request.get('/api/workspaces/%00/member-candidates?q=a')).status()).toBe(404)
  expect((await page.goto('/workspaces/%00'))?.status()).toBe(404)
})

test('every page carries the security headers and loads under the Content-Security-Policy with no violation', async ({ page }) => {
  const csp = watchCspViolations(page)
  const login = await page.goto('/login')
  const headers = login!.headers()
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toContain('unsafe-eval')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options']).toBe('DENY')

  // Through the form: signing in is one of the flows watched for violations.
  await signInAndWait(page, 'admin@acme.test')
  for (const path of ['/', '/workspaces', '/workspaces/new', '/audit', '/settings/users', '/settings/outbox']) {
    const response = await page.goto(path)
    expect(response!.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  // Client-side navigation and a server action (the switcher) still work under the policy.
  await switchTo(page, 'Marketing')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marketing')
  await switchTo(page, 'Production')
  expect(csp).toEqual([])
})

test('the audit log records the address the server saw, not one a client wrote in X-Forwarded-For', async ({ browser }) => {
  const forged = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.66', 'x-real-ip': '203.0.113.67', 'x-atrium-client-address': '203.0.113.68' },
  })
  const page = await forged.newPage()
  await signInAndWait(page, 'auditor@acme.test')
  const exported = await page.request.get('/audit/export?format=jsonl&action=session.signedIn')
  const entries = (await exported.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { ip: string | null; actorEmail?: string })
  const last = entries.at(-1)!
  expect(last.ip).toMatch(/^(127\.0\.0\.1|::1)$/)
  expect(JSON.stringify(entries)).not.toContain('203.0.113.')
})

test("recent activity is part of the audit log: a viewer's dashboard has none, a workspace admin's has their workspace's", async ({
  signedInAs,
}) => {
  const page = await signedInAs('viewer@acme.test')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Staging')
  await expect(page.getByText('Recent activity')).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Recent activity' })).toHaveCount(0)
  const wsadmin = await signedInAs('wsadmin@acme.test')
  await expect(wsadmin.getByRole('list', { name: 'Recent activity' })).toBeVisible()
})
