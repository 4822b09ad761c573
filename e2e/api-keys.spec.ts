import { expect, test, type Page } from '@playwright/test'
import { screenshot, seriousAccessibilityViolations, signInAndWait } from './helpers'

/**
 * A tenant admin makes a key for the Production workspace, uses it against the public API
 * as a script would (no browser session), and revokes it: the very next request is refused.
 * A workspace admin makes keys only for their own workspace; an auditor reads the list.
 */
test.describe.configure({ mode: 'serial' })

async function openApiKeys(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^API keys/)
  await expect(page).toHaveTitle(/^API keys · /)
}

const card = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })
const agent = {
  name: 'From CI',
  description: '',
  instructions: 'Answer.',
  model: 'openai/gpt-4.1',
  tools: [],
  trigger: 'manual',
  schedule: null,
  enabled: true,
}
let key = ''

test('a tenant admin creates a key, sees it once, and a script uses it within its workspace', async ({ page, request }) => {
  await signInAndWait(page, 'admin@acme.test')
  await openApiKeys(page)
  await expect(page.getByText('No API keys yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an API key' })
  await dialog.getByRole('checkbox', { name: /^Read/ }).uncheck()
  await dialog.getByRole('button', { name: 'Create key' }).click()
  await expect(dialog.getByText('Name the key, e.g. “CI deploys”.')).toBeVisible()
  await expect(dialog.getByText('Choose at least one scope.')).toBeVisible()
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await dialog.getByLabel('Name').fill('CI deploys')
  await dialog.getByLabel('Works in').selectOption({ label: 'Production' })
  await dialog.getByRole('checkbox', { name: /^Read/ }).check()
  await dialog.getByRole('checkbox', { name: /^Write agents and policies/ }).check()
  await dialog.getByRole('radio', { name: 'In 30 days' }).check()
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const shown = dialog.getByLabel('The new API key CI deploys')
  await expect(shown).toHaveValue(/^atr_[1-9A-HJ-NP-Za-km-z]{34}$/)
  key = await shown.inputValue()
  await screenshot(page, 'api-key-shown-once')
  await dialog.getByRole('button', { name: 'Done' }).click()
  const ci = card(page, 'CI deploys')
  await expect(ci).toContainText('Active')
  await expect(ci).toContainText(`${key.slice(0, 12)}…`)
  await expect(ci).toContainText('read, write')
  expect(await page.content()).not.toContain(key)
  await screenshot(page, 'api-keys-list')

  const auth = { authorization: `Bearer ${key}` }
  const workspaces = await request.get('/api/v1/workspaces', { headers: auth })
  expect(workspaces.status()).toBe(200)
  expect((await workspaces.json()).workspaces.map((w: { slug: string }) => w.slug)).toEqual(['production'])
  expect((await request.get('/api/v1/workspaces/marketing/environments', { headers: auth })).status()).toBe(404)
  const put = await request.put('/api/v1/workspaces/production/environments/development/resources/ci-agent', {
    headers: auth,
    data: { kind: 'agent', spec: agent },
  })
  expect(put.status()).toBe(201)
  const refused = await request.put('/api/v1/workspaces/production/environments/production/resources/ci-agent', {
    headers: auth,
    data: { kind: 'agent', spec: agent },
  })
  expect(refused.status()).toBe(409)
  expect((await refused.json()).error.code).toBe('environment_protected')
  expect((await request.get('/api/v1/workspaces', { headers: { authorization: 'Bearer atr_nonsense' } })).status()).toBe(401)

  // The change is in the console, and the audit log names the key.
  await page.goto('/audit')
  await expect(page.getByText(/created agent From CI in development \(through API key CI deploys, atr_\w{8}…\)/)).toBeVisible()
})

test('revoked, the key is refused on its very next request', async ({ page, request }) => {
  await signInAndWait(page, 'admin@acme.test')
  await openApiKeys(page)
  await card(page, 'CI deploys').getByRole('button', { name: 'Revoke…' }).click()
  await page.getByRole('dialog', { name: 'Revoke CI deploys?' }).getByRole('button', { name: 'Revoke' }).click()
  await expect(page.getByText('CI deploys is revoked: its next request is refused.')).toBeVisible()
  await expect(card(page, 'CI deploys')).toContainText('Revoked')
  const answer = await request.get('/api/v1/workspaces', { headers: { authorization: `Bearer ${key}` } })
  expect(answer.status()).toBe(401)
  expect((await answer.json()).error.code).toBe('unauthorized')
})

test('a workspace admin makes keys for their own workspace only; an auditor reads the list', async ({ page }) => {
  await signInAndWait(page, 'rob@acme.test')
  await openApiKeys(page)
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an API key' })
  await expect(dialog.getByLabel('Works in').getByRole('option')).toHaveText(['Production'])
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.context().clearCookies()
  await signInAndWait(page, 'auditor@acme.test')
  await openApiKeys(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Read-only')
  await expect(card(page, 'CI deploys')).toContainText('Revoked')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'api-keys-auditor-phone-dark')
})
