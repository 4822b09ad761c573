import { expect, test } from './fixtures'
import { inviteByEmail, screenshot, seriousAccessibilityViolations, waitForHydration, pageHeader } from './helpers'

test('a tenant admin invites a new address and passes on the link shown once; the invitee sets a password and lands in the workspace', async ({
  browser,
  signedInAs,
}) => {
  const email = `invitee-${Date.now().toString(36)}@example.test`
  const admin = await signedInAs('admin@acme.test')
  await admin.goto('/')
  await admin.getByRole('button', { name: /Switch workspace/ }).click()
  await admin.getByRole('option', { name: /Client A/ }).click()
  await expect(admin.getByTestId('active-workspace')).toHaveText('Client A')
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(admin)
  // Without SMTP the link is shown once, in the dialog; the outbox keeps the mail without it.
  const { dialog, path } = await inviteByEmail(admin, email, 'workspace_viewer')
  await expect(admin.getByText(`Invitation created for ${email}.`)).toBeVisible()
  await screenshot(admin, 'invitation-link-once')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await admin
    .getByRole('navigation', { name: 'Members and invitations' })
    .getByRole('link', { name: /Invitations/ })
    .click()
  await expect(admin.getByRole('list', { name: 'Open invitations' })).toContainText(email)
  await expect(admin.getByRole('list', { name: 'Open invitations' })).toContainText('Viewer')
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
  await expect(pageHeader(invitee)).toContainText('Read-only')

  // The link is used up.
  await invitee.goto(path)
  await expect(invitee.getByRole('heading', { name: 'This invitation was already used' })).toBeVisible()
})

test('an address with an open invitation is refused next to it and nothing changes; the Invitations tab revokes it', async ({
  signedInAs,
}) => {
  const email = `twice-${Date.now().toString(36)}@example.test`
  const page = await signedInAs('admin@acme.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await waitForHydration(page)
  const { dialog } = await inviteByEmail(page, email)
  await dialog.getByRole('button', { name: 'Done' }).click()

  // Keyboard: the typed address and Enter choose to invite it.
  await page.getByRole('button', { name: 'Add people' }).click()
  await dialog.getByLabel('Name or email address').fill(email)
  await dialog.getByLabel('Name or email address').press('Enter')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('This address already has an open invitation. Resend it from the Invitations tab.')
  await screenshot(page, 'add-people-refused')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)

  await page.getByRole('link', { name: /^Invitations/ }).click()
  const invitations = page.getByRole('list', { name: 'Open invitations' })
  await expect(invitations.getByRole('listitem')).toHaveCount(1)
  await invitations.getByRole('button', { name: `Revoke invitation for ${email}` }).click()
  await expect(page.getByText(`Invitation to ${email} revoked.`)).toBeVisible()
  await expect(page.getByText('No open invitations.')).toBeVisible()
})
