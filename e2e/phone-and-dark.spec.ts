import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openUserMenu, seriousAccessibilityViolations, screenshot } from './helpers'

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1440, height: 900 }

/** The pages each demo role can open from the console's navigation (paths relative to the active workspace). */
const WALKS = [
  {
    email: 'admin@acme.test',
    pages: [
      '/',
      '/workspaces',
      '/workspaces/new',
      '{workspace}',
      '{workspace}/members',
      '{workspace}/settings',
      '{workspace}/environments',
      '{workspace}/environments/production/settings',
      '/settings/users',
      '/settings/providers',
      '/settings/api-keys',
      '/settings/organisation',
      '/settings/security',
      '/settings/outbox',
      '/audit',
      '/reviews',
      '/account',
    ],
  },
  {
    email: 'wsadmin@acme.test',
    pages: ['/', '{workspace}/members', '{workspace}/settings', '{workspace}/environments', '/audit', '/reviews'],
  },
  { email: 'member@acme.test', pages: ['/', '{workspace}/members', '{workspace}/settings', '/reviews', '/account'] },
  {
    email: 'viewer@acme.test',
    pages: ['/', '{workspace}', '{workspace}/members', '{workspace}/settings', '{workspace}/environments/development/settings'],
  },
  {
    email: 'auditor@acme.test',
    pages: [
      '/',
      '/workspaces',
      '/settings/users',
      '/settings/providers',
      '/settings/api-keys',
      '/settings/organisation',
      '/audit',
      '/account',
    ],
  },
]

async function activeWorkspacePath(page: Page) {
  const href = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
    .getAttribute('href')
  return href!.replace(/\/settings$/, '')
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth, `${where} is wider than the screen`).toBeLessThanOrEqual(innerWidth)
}

for (const [device, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const walk of WALKS) {
      test(`${walk.email} on a ${device}, ${colorScheme}: every page fits the screen, says where it is and passes axe`, async ({
        signedInAs,
      }) => {
        const page = await signedInAs(walk.email, { viewport, colorScheme })
        if (device === 'phone') await page.getByRole('button', { name: 'Menu' }).click()
        const workspace = await activeWorkspacePath(page)
        if (device === 'phone') await page.keyboard.press('Escape')
        for (const path of walk.pages) {
          const url = path.replace('{workspace}', workspace)
          await page.goto(url)
          await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
          await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').first()).toContainText('Acme Corp')
          await expectNoSidewaysScroll(page, url)
          expect(await seriousAccessibilityViolations(page), url).toEqual([])
          await expect(page).toHaveTitle(/ · Atrium$/)
          // Every page at its narrowest and darkest, to look at.
          if (device === 'phone' && colorScheme === 'dark')
            await screenshot(
              page,
              `phone-dark-${walk.email.split('@')[0]}${url.replace(/\/workspaces\/[0-9a-f-]{36}/, '/workspace').replaceAll('/', '-')}`,
            )
        }
        await screenshot(page, `${device}-${colorScheme}-${walk.email.split('@')[0]}`)
      })
    }
  }

test('the phone menu opens as a drawer, keeps focus inside, and Escape gives focus back to the menu button', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test', { viewport: PHONE })
  const menuButton = page.getByRole('button', { name: 'Menu' })
  await expect(page.getByRole('navigation', { name: 'Main' })).not.toBeInViewport()
  await menuButton.click()
  const drawer = page.getByRole('dialog', { name: 'Menu' })
  await expect(drawer).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport()
  await screenshot(page, 'phone-menu-open')
  for (let press = 0; press < 25; press++) {
    await page.keyboard.press('Tab')
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(drawer).toHaveCount(0)
  await expect(menuButton).toBeFocused()

  // Following a link closes the drawer.
  await menuButton.click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Members of')
  await expect(page.getByRole('dialog', { name: 'Menu' })).toHaveCount(0)
})

test('the skip link takes the keyboard past the navigation, and the theme choice sticks', async ({ signedInAs }) => {
  const page = await signedInAs('member@acme.test')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  await openUserMenu(page)
  await page.getByText('Dark', { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).not.toBe('rgb(248, 250, 252)')
  await screenshot(page, 'overview-dark')
  await openUserMenu(page)
  await page.getByText('System', { exact: true }).click()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
})
