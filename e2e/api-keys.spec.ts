import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'
import { slugify } from '../lib/validation/slug'
import { screenshot, seriousAccessibilityViolations, unique, pageHeader } from './helpers'

/**
 * A tenant admin makes a key for the Production workspace, uses it against the public API
 * as a script would (no browser session), renames it and revokes it: the very next request
 * is refused. A workspace admin makes keys only for their own workspace; an auditor reads the
 * list. Each test makes the keys it needs, named its own.
 */

async function openApiKeys(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^API keys/)
  await expect(page).toHaveTitle(/^API keys · /)
}

/** On the API keys page: makes a key with the dialog's defaults (the workspace the person is in, read) and returns it. */
async function createKey(page: Page, name: string) {
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an API key' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const key = await dialog.getByLabel(`The new API key ${name}`).inputValue()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(card(page, name)).toContainText('Active')
  return key
}

const card = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })
const agent = (name: string) => ({
  name,
  description: '',
  instructions: 'Answer.',
  model: 'openai/gpt-4.1',
  tools: [],
  trigger: 'manual',
  schedule: null,
  enabled: true,
})

test('a tenant admin creates a key, sees it once, and a script uses it within its workspace', async ({ signedInAs, request }) => {
  // A tenant without keys shows where to start (Globex: no test makes keys there).
  const globex = await signedInAs('admin@globex.test')
  await openApiKeys(globex)
  await expect(globex.getByText('No API keys yet.')).toBeVisible()

  const page = await signedInAs('admin@acme.test')
  const name = unique('CI deploys')
  const agentName = unique('From CI')
  const agentPath = `resources/${slugify(agentName)}`
  await openApiKeys(page)
  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog', { name: 'Create an API key' })
  await dialog.getByRole('checkbox', { name: /^Read/ }).uncheck()
  await dialog.getByRole('button', { name: 'Create key' }).click()
  await expect(dialog.getByText('Name the key, e.g. “CI deploys”.')).toBeVisible()
  await expect(dialog.getByText('Choose at least one scope.')).toBeVisible()
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  await dialog.getByLabel('Name').fill(name)
  // The narrowest key first: the workspace Ada is in, not every workspace of the organisation.
  await expect(dialog.getByLabel('Works in').locator('option:checked')).toHaveText('Production')
  await dialog.getByRole('checkbox', { name: /^Read/ }).check()
  await dialog.getByRole('checkbox', { name: /^Write agents and policies/ }).check()
  await dialog.getByRole('radio', { name: 'In 30 days' }).check()
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const shown = dialog.getByLabel(`The new API key ${name}`)
  await expect(shown).toHaveValue(/^atr_[1-9A-HJ-NP-Za-km-z]{34}$/)
  const key = await shown.inputValue()
  await expect(dialog.getByText(`curl -H "Authorization: Bearer ${key}"`)).toBeVisible()
  await screenshot(page, 'api-key-shown-once')
  await dialog.getByRole('button', { name: 'Done' }).click()
  const ci = card(page, name)
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
  const put = await request.put(`/api/v1/workspaces/production/environments/development/${agentPath}`, {
    headers: auth,
    data: { kind: 'agent', spec: agent(agentName) },
  })
  expect(put.status()).toBe(201)
  const refused = await request.put(`/api/v1/workspaces/production/environments/production/${agentPath}`, {
    headers: auth,
    data: { kind: 'agent', spec: agent(agentName) },
  })
  expect(refused.status()).toBe(409)
  expect((await refused.json()).error.code).toBe('environment_protected')
  expect((await request.get('/api/v1/workspaces', { headers: { authorization: 'Bearer atr_nonsense' } })).status()).toBe(401)

  // The change is in the console, and the audit log names the key.
  await page.goto('/audit')
  await expect(page.getByText(`created agent ${agentName} in development (through API key ${name}, ${key.slice(0, 12)}…)`)).toBeVisible()
})

test('a key is renamed from its card; the key itself stays the same, and the audit log says so', async ({ signedInAs, request }) => {
  const page = await signedInAs('admin@acme.test')
  const [before, after] = [unique('Nightly export'), unique('Weekly export')]
  await openApiKeys(page)
  const key = await createKey(page, before)

  await card(page, before).getByRole('button', { name: 'Rename…' }).click()
  const dialog = page.getByRole('dialog', { name: `Rename ${before}` })
  const field = dialog.getByLabel('Name')
  await expect(field).toHaveValue(before)
  await screenshot(page, 'api-key-rename')

  // A blank name is refused next to the field, on a phone in dark mode too.
  await field.fill('')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(dialog.getByText('Name the key, e.g. “CI deploys”.')).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(/Name the key, e\.g\. “CI deploys”\./)
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(dialog).toBeInViewport()
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'api-key-rename-phone-dark')

  await field.fill(after)
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(page.getByText(`The key is now called ${after}.`)).toBeVisible()
  await expect(dialog).toHaveCount(0)
  await expect(card(page, after)).toContainText('Active')
  await expect(card(page, after)).toContainText(`${key.slice(0, 12)}…`)
  await expect(card(page, before)).toHaveCount(0)
  expect((await request.get('/api/v1/workspaces', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(200)

  await page.goto('/audit')
  await expect(page.getByText(`renamed API key ${before} (${key.slice(0, 12)}…) to ${after}`)).toBeVisible()
})

test('revoked, the key is refused on its very next request', async ({ signedInAs, request }) => {
  const page = await signedInAs('admin@acme.test')
  const name = unique('Deploy bot')
  await openApiKeys(page)
  const key = await createKey(page, name)
  expect((await request.get('/api/v1/workspaces', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(200)

  await card(page, name).getByRole('button', { name: 'Revoke…' }).click()
  await page
    .getByRole('dialog', { name: `Revoke ${name}?` })
    .getByRole('button', { name: 'Revoke' })
    .click()
  await expect(page.getByText(`${name} is revoked: its next request is refused.`)).toBeVisible()
  await expect(card(page, name)).toContainText('Revoked')
  const answer = await request.get('/api/v1/workspaces', { headers: { authorization: `Bearer ${key}` } })
  expect(answer.status()).toBe(401)
  expect((await answer.json()).error.code).toBe('unauthorized')
})

test('a workspace admin makes keys for their own workspace only; an auditor reads the list', async ({ signedInAs }) => {
  const rob = await signedInAs('rob@acme.test')
  await openApiKeys(rob)
  await rob.getByRole('button', { name: 'Create key' }).click()
  const dialog = rob.getByRole('dialog', { name: 'Create an API key' })
  await expect(dialog.getByLabel('Works in').getByRole('option')).toHaveText(['Production'])
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // A revoked key for the auditor to read.
  const name = unique('Old importer')
  const admin = await signedInAs('admin@acme.test')
  await openApiKeys(admin)
  await createKey(admin, name)
  await card(admin, name).getByRole('button', { name: 'Revoke…' }).click()
  await admin
    .getByRole('dialog', { name: `Revoke ${name}?` })
    .getByRole('button', { name: 'Revoke' })
    .click()
  await expect(card(admin, name)).toContainText('Revoked')

  const page = await signedInAs('auditor@acme.test')
  await openApiKeys(page)
  await expect(pageHeader(page)).toContainText('Read-only')
  await expect(card(page, name)).toContainText('Revoked')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'api-keys-auditor-phone-dark')
})
