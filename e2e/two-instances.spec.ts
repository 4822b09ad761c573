import { expect, test } from '@playwright/test'
import pg from 'pg'
import { signInAndWait } from './helpers'

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
  await adminPage.getByLabel('Type Marketing to confirm').fill('Marketing')
  await adminPage.getByRole('button', { name: 'Archive workspace' }).click()
  await expect(row).toHaveCount(0)

  await member.goto(`${B}/`)
  await expect(member.getByTestId('active-workspace')).toHaveText('Client A')

  // Removing the membership takes effect the same way. (The members page comes with its
  // own issue; until then the test removes the membership in the database it owns.)
  const db = new pg.Client({ connectionString: process.env.INSTANCES_DATABASE_URL })
  await db.connect()
  await db.query(
    `DELETE FROM "WorkspaceMembership" WHERE "userId" = (SELECT id FROM "User" WHERE email = 'member@acme.test')
       AND "workspaceId" = (SELECT w.id FROM "Workspace" w JOIN "Tenant" t ON t.id = w."tenantId" WHERE t.slug = 'acme' AND w.slug = 'client-a')`,
  )
  await db.end()
  await member.goto(`${B}/`)
  await expect(member.getByRole('heading', { name: 'You have no workspace yet' })).toBeVisible()
  await expect(member.getByText('Ada Admin · admin@acme.test')).toBeVisible()
})
