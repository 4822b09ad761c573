import { expect, test } from '@playwright/test'
import { screenshot, seriousAccessibilityViolations, signInAndWait, waitForHydration } from './helpers'

test('a tenant admin invites a new address and passes on the link shown once; the invitee sets a password and lands in the workspace', async ({
  browser,
}) => {
  const email = `invitee-${Date.now().toString(36)}@example.test`
  const admin = await browser.newPage()
  await signInAndWait(admin, 'admin@acme.test')
  await admin.goto('/')
  await admin.getByRole('button', { name: /Switch workspace/ }).click()
  await admin.getByRole('option', { name: /Client A/ }).click()
  await expect(admin.getByTestId('active-workspace')).toHaveText('Client A')
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(admin)
  await admin.getByLabel('Email address').fill(email)
  await admin.getByLabel('Role when they join').selectOption('workspace_viewer')
  await admin.getByRole('button', { name: 'Invite', exact: true }).click()
  await expect(admin.getByText(`Invitation created for ${email}.`)).toBeVisible()
  await expect(admin.getByRole('list', { name: 'Open invitations' })).toContainText(email)
  // Without SMTP the link is shown once, here; the outbox keeps the mail without it.
  const link = await admin.getByLabel(`Invitation link for ${email}`).inputValue()
  const path = new URL(link).pathname
  await screenshot(admin, 'invitation-link-once')
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click()
  const message = admin.getByRole('listitem').filter({ hasText: `To ${email}` })
  await expect(message).toContainText('[link withheld: it is never stored]')
  expect(await admin.content()).not.toContain(path)

  const invitee = await (await browser.newContext()).newPage()
  await invitee.goto(path)
  await expect(invitee.getByRole('heading', { name: 'Join Client A' })).toBeVisible()
  await invitee.getByLabel('Your name').fill('Ivy Invitee')
  await invitee.getByLabel('Password').fill('short')
  await invitee.getByRole('button', { name: 'Join the workspace' }).click()
  await expect(invitee.getByText('Use at least 12 characters.')).toBeVisible()
  await screenshot(invitee, 'invitation-accept')
  expect(await seriousAccessibilityViolations(invitee)).toEqual([])
  await invitee.getByLabel('Password').fill('a long enough password')
  await invitee.getByRole('button', { name: 'Join the workspace' }).click()
  await expect(invitee.getByTestId('active-workspace')).toHaveText('Client A')
  await expect(invitee.getByRole('heading', { level: 1 })).toContainText('Read-only')

  // The link is used up.
  await invitee.goto(path)
  await expect(invitee.getByRole('heading', { name: 'This invitation was already used' })).toBeVisible()
})
