import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { screenshot, seriousAccessibilityViolations, waitForHydration, pageHeader } from './helpers'

// Unique per run, so the spec can run again on the same database.
const RUN = Date.now().toString(36).slice(-5)
const NAME = `Data Science — É ${RUN}`
const SLUG = `data-science-e-${RUN}`

async function openWorkspaces(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Workspaces/ })).toBeVisible()
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

test.describe('workspace lifecycle', () => {
  test('a tenant admin creates and enters a workspace, sets the default, archives it by typing its slug, undoes that, finds and restores it', async ({
    signedInAs,
  }) => {
    const page = await signedInAs('admin@acme.test')
    await openWorkspaces(page)
    await expect(row(page, 'Production')).toContainText('Default')
    await screenshot(page, 'workspaces-list')
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    // Create: the slug follows the name as it is typed.
    await page.getByRole('link', { name: 'Create workspace' }).click()
    await expect(page.getByRole('heading', { name: 'Create workspace' })).toBeVisible()
    // Typing before React has hydrated the form would bypass the slug derivation.
    await waitForHydration(page)
    await page.getByLabel('Name').pressSequentially(NAME)
    await expect(page.getByLabel('Slug')).toHaveValue(SLUG)

    await page.getByLabel('Slug').fill('Bad--Slug')
    await page.getByRole('button', { name: 'Create workspace' }).click()
    await expect(page.getByText('Use lowercase letters and digits, with single hyphens between them.')).toBeVisible()
    await page.getByLabel('Slug').fill('marketing')
    await page.getByRole('button', { name: 'Create workspace' }).click()
    await expect(page.getByText('This slug is already used in this tenant')).toBeVisible()
    await expect(page.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true')
    await screenshot(page, 'create-duplicate-slug')
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await page.getByLabel('Slug').fill(SLUG)
    await page.getByRole('button', { name: 'Create workspace' }).click()
    // Created, confirmed, and entered: it is the active workspace now.
    await expect(page.getByText(`${NAME} is created.`)).toBeVisible()
    await expect(page.getByTestId('active-workspace')).toHaveText(NAME)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(NAME)
    await expect(page.getByText(SLUG).first()).toBeVisible()
    await expect(page.getByRole('list', { name: 'Recent activity' })).toContainText(`Ada Admin created workspace ${NAME}`)

    // Set it as the default; the old default can then be archived, the new one cannot.
    await page.getByRole('button', { name: 'Set as default' }).click()
    await expect(pageHeader(page)).toContainText('Default')
    await openWorkspaces(page)
    await row(page, NAME).getByRole('button', { name: 'Archive…' }).click()
    const dialog = page.getByRole('dialog', { name: `Archive ${NAME}?` })
    await expect(dialog.getByText('The default workspace cannot be archived. Set another workspace as the default first.')).toBeVisible()
    await expect(dialog.getByRole('link', { name: 'Set another default' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()

    // Production becomes the default again, so the demo data stays as other specs expect it.
    await row(page, 'Production').getByRole('button', { name: 'Set as default' }).click()
    await expect(row(page, 'Production')).toContainText('Default')
    await expect(row(page, NAME)).not.toContainText('Default')

    // Archive: the button stays disabled, saying why, until the slug (plain ASCII) is typed.
    await row(page, NAME).getByRole('button', { name: 'Archive…' }).click()
    const confirm = dialog.getByLabel(`Type ${SLUG} to confirm`)
    const archiveButton = dialog.getByRole('button', { name: 'Archive workspace' })
    await expect(archiveButton).toBeDisabled()
    await expect(confirm).toHaveAccessibleDescription(`The button stays disabled until you type the slug, ${SLUG}, exactly.`)
    await confirm.fill(NAME)
    await expect(archiveButton).toBeDisabled()
    await confirm.fill(SLUG)
    await expect(archiveButton).toBeEnabled()
    await screenshot(page, 'archive-dialog')
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await archiveButton.click()
    await expect(dialog).toBeHidden()
    await expect(row(page, NAME)).toHaveCount(0)

    // The toast takes it back.
    await expect(page.getByText(`${NAME} is archived.`)).toBeVisible()
    await screenshot(page, 'archive-toast')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText(`${NAME} is active again.`)).toBeVisible()
    await expect(row(page, NAME)).toContainText('Active')

    await row(page, NAME).getByRole('button', { name: 'Archive…' }).click()
    await confirm.fill(SLUG)
    await archiveButton.click()
    await expect(row(page, NAME)).toHaveCount(0)

    // It is found under the archived filter, and its page stays reachable by URL.
    await page.getByLabel('Status').selectOption('archived')
    await expect(page).toHaveURL(/status=archived/)
    await expect(row(page, NAME)).toContainText('Archived')
    const detailHref = await row(page, NAME).getByRole('link', { name: NAME }).getAttribute('href')
    await page.goto(detailHref!)
    await expect(page.getByText(/^Archived on .+ by Ada Admin\./)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Edit settings' })).toHaveCount(0)
    await screenshot(page, 'archived-detail')

    // Restore brings it back, with its member.
    await page.getByRole('button', { name: 'Restore' }).click()
    await expect(page.getByText(`${NAME} is active again.`)).toBeVisible()
    await expect(page.getByText(/^Archived on/)).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Edit settings' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Members (1)' })).toBeVisible()
  })

  test('an auditor sees the list without any action, and members have no list', async ({ signedInAs }) => {
    const auditor = await signedInAs('auditor@acme.test')
    await openWorkspaces(auditor)
    await expect(pageHeader(auditor)).toContainText('Read-only')
    await expect(row(auditor, 'Marketing')).toBeVisible()
    for (const action of ['Set as default', 'Archive…', 'Restore']) {
      await expect(auditor.getByRole('button', { name: action })).toHaveCount(0)
    }
    await expect(auditor.getByRole('link', { name: 'Create workspace' })).toHaveCount(0)
    await auditor.close()

    const member = await signedInAs('member@acme.test')
    await expect(member.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' })).toHaveCount(0)
    await member.goto('/workspaces')
    await expect(member.getByRole('heading', { name: 'You do not have access to the list of all workspaces' })).toBeVisible()
    await member.close()
  })
})

test('a 64-character workspace name is cut short in the list, whole in its tooltip, and the page stays as wide as the screen', async ({
  signedInAs,
}) => {
  const longName = `Regional Operations and Customer Success Programme ${RUN}`.padEnd(64, 'x')
  const page = await signedInAs('admin@acme.test', { viewport: { width: 1440, height: 900 } })
  await page.goto('/workspaces/new')
  await waitForHydration(page)
  await page.getByLabel('Name').fill(longName)
  await page.getByRole('button', { name: 'Create workspace' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(longName.slice(0, 20))

  await page.goto('/workspaces')
  await expect(page.getByTitle(longName)).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440)
  const actions = row(page, longName).getByRole('button', { name: /Archive/ })
  await expect(actions).toBeInViewport()
  await screenshot(page, 'workspaces-long-name')
})
