import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO_PASSWORD, screenshot, waitForHydration } from './helpers'

/**
 * The focused element, named, when it does not show where focus is (no outline, no ring);
 * null when it does, or when focus has left the page for the browser's own controls
 * (Tab past the last control of a page does that).
 */
function invisibleFocus(page: Page) {
  return page.evaluate(() => {
    if (!document.hasFocus()) return null
    const element = document.activeElement
    if (!element || element === document.body) return 'nothing (focus is on the page)'
    const style = getComputedStyle(element)
    const visible = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'
    return visible
      ? null
      : `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 60)}” ${element.outerHTML.slice(0, 200)} ${location.pathname}`
  })
}

/**
 * Presses Tab until `target` has focus, checking at every stop that focus can be seen.
 * Returns how many presses it took.
 */
async function tabTo(page: Page, target: Locator, most = 40) {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab')
    expect(await invisibleFocus(page), `focus is visible after ${presses} Tab presses`).toBeNull()
    if (await target.evaluate((element) => document.hasFocus() && element === document.activeElement)) return presses
  }
  throw new Error(`Tab never reached ${target}`)
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

test('the five core tasks, by keyboard alone, with focus always visible', async ({ page }) => {
  // 1. Sign in.
  await page.goto('/login')
  await waitForHydration(page)
  await expect(page.getByLabel('Email')).toBeFocused()
  await page.keyboard.type('admin@acme.test')
  await page.keyboard.press('Tab')
  await page.keyboard.type(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('active-workspace')).toHaveText('Production')
  await waitForHydration(page)

  // 2. Switch workspace: the switcher, type to filter, Enter.
  await tabTo(page, page.getByRole('button', { name: /Switch workspace/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Filter workspaces' })).toBeFocused()
  await page.keyboard.type('Marke')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('active-workspace')).toHaveText('Marketing')
  await waitForHydration(page)

  // 3. Create a workspace, which then opens as the active one.
  await tabTo(page, nav(page).getByRole('link', { name: 'Workspaces' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Workspaces/ })).toBeVisible()
  await waitForHydration(page)
  await tabTo(page, page.getByRole('link', { name: 'Create workspace' }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Name')).toBeFocused()
  await waitForHydration(page)
  await page.keyboard.type('Keyboard Lab')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('active-workspace')).toHaveText('Keyboard Lab')
  await waitForHydration(page)

  // 4. Change a member's role: choose with the arrow key, save with Enter; focus stays on the select.
  await switchBackTo(page, 'Marketing')
  await tabTo(page, nav(page).getByRole('link', { name: 'Members' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Members of Marketing')
  await waitForHydration(page)
  const miaRole = page.getByLabel('Role of Mia Member')
  await tabTo(page, miaRole, 80)
  await page.keyboard.press('ArrowDown')
  await expect(miaRole).toHaveValue('workspace_viewer')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Mia Member is now viewer.')).toBeVisible()
  await expect(miaRole).toBeFocused()

  // 5. Read the audit log filtered to one workspace.
  await tabTo(page, nav(page).getByRole('link', { name: 'Audit log' }), 80)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Audit log')
  await waitForHydration(page)
  const workspaceFilter = page.getByRole('combobox', { name: 'Workspace', exact: true })
  await tabTo(page, workspaceFilter)
  await page.keyboard.type('Marketing')
  await expect(workspaceFilter.locator('option:checked')).toHaveText('Marketing')
  await tabTo(page, page.getByRole('button', { name: 'Apply filters' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/workspace=/)
  await expect(page.getByRole('table')).toContainText('changed the role of')
  await screenshot(page, 'keyboard-audit-filtered')
})

/** Switches with the keyboard to a workspace by name. */
async function switchBackTo(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name: /Switch workspace/ }))
  await page.keyboard.press('Enter')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('active-workspace')).toHaveText(name)
  await waitForHydration(page)
}
