import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { slugify } from '../lib/validation/slug'
import { screenshot, seriousAccessibilityViolations } from './helpers'

const switcherButton = (page: Page) => page.getByRole('button', { name: /Switch workspace/ })
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function switchTo(page: Page, name: string) {
  await switcherButton(page).click()
  await page.getByRole('option', { name: new RegExp(name) }).click()
  await expect(page.getByTestId('active-workspace')).toHaveText(name)
}

async function archiveFromList(page: Page, name: string) {
  await page.goto('/workspaces')
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
  await row.getByRole('button', { name: 'Archive…' }).click()
  const dialog = page.getByRole('dialog', { name: `Archive ${name}?` })
  await dialog.getByLabel(`Type ${slugify(name)} to confirm`).fill(slugify(name))
  await dialog.getByRole('button', { name: 'Archive workspace' }).click()
  await expect(row).toHaveCount(0)
}

async function restoreFromList(page: Page, name: string) {
  await page.goto('/workspaces?status=archived')
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
  await row.getByRole('button', { name: 'Restore' }).click()
  await expect(row).toHaveCount(0)
}

test.describe('the workspace switcher', () => {
  test('a member filters and switches with the keyboard; the dashboard follows', async ({ signedInAs }) => {
    const page = await signedInAs('member@acme.test')
    await expect(page.getByTestId('active-workspace')).toHaveText('Client A')
    await switcherButton(page).click()
    const filter = page.getByRole('combobox', { name: 'Filter workspaces' })
    await expect(filter).toBeFocused()
    await expect(page.getByRole('option')).toHaveText([/Client A/, /Marketing/])
    await screenshot(page, 'switcher-open')
    expect(await seriousAccessibilityViolations(page)).toEqual([])

    await filter.pressSequentially('mark')
    await expect(page.getByRole('option')).toHaveText([/Marketing/])
    await filter.press('Enter')
    await expect(page.getByTestId('active-workspace')).toHaveText('Marketing')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Marketing')

    // Arrows and Escape.
    await switcherButton(page).click()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('listbox')).toHaveCount(0)
    await expect(switcherButton(page)).toBeFocused()
    await switcherButton(page).click()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('active-workspace')).toHaveText('Client A')
  })

  test('a user of two tenants sees both, grouped, and switches across tenants', async ({ signedInAs }) => {
    const page = await signedInAs('both@example.test')
    // The button's name starts with what it shows (speech input), on every page it is on.
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    await switcherButton(page).click()
    await expect(page.getByRole('group', { name: 'Acme Corp' }).getByRole('option')).toHaveText([/Client A/])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      expect(await seriousAccessibilityViolations(page), `the open switcher, ${colorScheme}`).toEqual([])
    }
    await expect(page.getByRole('group', { name: 'Globex' }).getByRole('option')).toHaveText([/Operations/])
    await page.getByRole('option', { name: /Operations/ }).click()
    await expect(page.getByTestId('active-workspace')).toHaveText('Operations')
    await expect(page.getByRole('complementary')).toContainText('Globex')
    await switchTo(page, 'Client A')
  })

  test('a viewer with one workspace sees its name without a dropdown', async ({ signedInAs }) => {
    const page = await signedInAs('viewer@acme.test')
    await expect(page.getByTestId('active-workspace')).toHaveText('Staging')
    await expect(switcherButton(page)).toHaveCount(0)
  })

  test('a tab rendered for another workspace is refused and offered a reload', async ({ signedInAs }) => {
    const first = await signedInAs('admin@acme.test')
    await nav(first).getByRole('link', { name: 'Settings', exact: true }).click()
    await expect(first.getByRole('heading', { name: 'Workspace settings' })).toBeVisible()
    // A second tab of the same browser.
    const second = await first.context().newPage()
    await second.goto(first.url())
    await expect(second.getByLabel('Name')).toHaveValue('Production')

    await switchTo(first, 'Staging')
    await expect(second.getByText('This tab shows Production, but your active workspace is now Staging. Reload to continue.')).toBeVisible()

    const description = await second.getByLabel('Description').inputValue()
    await second.getByLabel('Description').fill('Changed from a stale tab')
    await second.getByRole('button', { name: 'Save changes' }).click()
    await expect(
      second
        .getByRole('alert')
        .filter({ hasText: 'This tab shows Production, but your active workspace is now Staging. Reload to continue.' }),
    ).toHaveCount(2)
    await screenshot(second, 'stale-tab-refused')
    await second.reload()
    await expect(second.getByLabel('Description')).toHaveValue(description)

    await switchTo(first, 'Production')
  })

  test('a member whose active workspace is archived lands in another on the next request', async ({ signedInAs }) => {
    const member = await signedInAs('member@acme.test')
    await switchTo(member, 'Marketing')

    const admin = await signedInAs('admin@acme.test')
    await archiveFromList(admin, 'Marketing')

    // The page they had open says why it is closed; the console moved them to Client A.
    await member.reload()
    await expect(member.getByTestId('active-workspace')).toHaveText('Client A')
    await expect(member.getByText('It is archived: only tenant administrators and auditors can open an archived workspace.')).toBeVisible()
    await member.getByRole('link', { name: 'Back to your workspace' }).click()
    await expect(member.getByRole('heading', { level: 1 })).toContainText('Client A')
    // Marketing is gone from the switcher: with one workspace left there is nothing to open.
    await expect(switcherButton(member)).toHaveCount(0)

    await restoreFromList(admin, 'Marketing')
    await member.reload()
    await switcherButton(member).click()
    await expect(member.getByRole('option')).toHaveText([/Client A/, /Marketing/])
  })

  test('an admin who archives the workspace they are in goes to the list, in the default workspace', async ({ signedInAs }) => {
    const page = await signedInAs('admin@acme.test')
    await switchTo(page, 'Client A')
    await page.goto('/workspaces')
    await page.getByRole('link', { name: 'Client A', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Lifecycle' })).toBeVisible()
    await page.getByRole('button', { name: 'Archive…' }).click()
    await page.getByLabel('Type client-a to confirm').fill('client-a')
    await page.getByRole('button', { name: 'Archive workspace' }).click()
    await expect(page).toHaveURL(/\/workspaces$/)
    await expect(page.getByTestId('active-workspace')).toHaveText('Production')

    await restoreFromList(page, 'Client A')
  })
})
