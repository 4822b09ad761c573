import { expect, test } from './fixtures'
import { pageHeader, screenshot, seriousAccessibilityViolations } from './helpers'

test.describe('workspace settings', () => {
  test('a tenant admin renames the workspace; its overview and activity show the change', async ({ signedInAs }) => {
    const page = await signedInAs('admin@acme.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Workspace settings' })).toBeVisible()
    // The tab title streams in after the content; acting before it arrives has left it blank under load.
    await expect(page).toHaveTitle('Settings · Production · Atrium')
    await expect(page.getByLabel('Slug')).toHaveValue('production')
    await expect(page.getByLabel('Slug')).not.toBeEditable()

    await page.getByLabel('Name').fill('')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Enter a name.')).toBeVisible()
    await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    await screenshot(page, 'settings-field-error')
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await page.getByLabel('Name').fill('Production EU')
    await page.getByLabel('Description').fill('Live services for European customers.')
    await page.getByText('Teal').click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved the settings of Production EU.')).toBeVisible()
    await expect(page.getByTestId('active-workspace')).toHaveText('Production EU')
    await screenshot(page, 'settings-saved')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Production EU')
    await expect(page.getByText('Live services for European customers.')).toBeVisible()
    const activity = page.getByRole('list', { name: 'Recent activity' })
    await expect(activity.getByRole('listitem').first()).toContainText('Ada Admin renamed workspace Production to Production EU')
    await screenshot(page, 'overview-after-rename')
  })

  test('a viewer sees the settings read-only, without a form', async ({ signedInAs }) => {
    const page = await signedInAs('viewer@acme.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Workspace settings' })).toBeVisible()
    await expect(pageHeader(page)).toContainText('Read-only')
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0)
    await expect(page.getByRole('textbox')).toHaveCount(0)
    await expect(page.getByText('staging', { exact: true })).toBeVisible()
    await screenshot(page, 'settings-viewer')
    expect(await seriousAccessibilityViolations(page)).toEqual([])
  })

  test("the Globex admin gets a not-found page for an Acme workspace's settings", async ({ signedInAs }) => {
    const acme = await signedInAs('admin@acme.test')
    await acme.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click()
    await expect(acme).toHaveURL(/\/workspaces\/[^/]+\/settings$/)
    const acmeSettingsUrl = acme.url()
    await acme.close()

    const globex = await signedInAs('admin@globex.test')
    const response = await globex.goto(acmeSettingsUrl)
    expect(response?.status()).toBe(404)
    await expect(globex.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(globex.getByText('Production')).toHaveCount(0)
    await screenshot(globex, 'not-found-foreign-workspace')
  })
})
