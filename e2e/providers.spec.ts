import type { Page } from '@playwright/test'
import { startFakeProvider } from '../test/fake-provider'
import { expect, test } from './fixtures'
import { screenshot, seriousAccessibilityViolations, unique, pageHeader } from './helpers'

/**
 * Acme's tenant admin brings a key for an OpenAI-compatible endpoint (a fake provider on
 * loopback), tests it, grants it to a workspace, rotates it, and cannot delete it while it
 * is granted. An auditor reads the same page without a single control; a member has no way in.
 * Each test adds the credentials it needs, named its own.
 */

const KEY = 'sk-e2e-gateway-key-0123456789-Q7zP'
const NEW_KEY = 'sk-e2e-rotated-key-9876543210-L4mK'
/** The key the fake provider takes: KEY at the start of every test. */
let acceptedKey = KEY
let provider: Awaited<ReturnType<typeof startFakeProvider>>
test.beforeAll(async () => {
  provider = await startFakeProvider(() => acceptedKey)
})
test.beforeEach(() => {
  acceptedKey = KEY
})
test.afterAll(() => provider.close())

async function openProviders(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'AI providers' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^AI providers/)
  await expect(page).toHaveTitle(/^AI providers · /)
}

const card = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) })

/** On the providers page: adds an OpenAI-compatible credential for the fake provider, with KEY. */
async function addGateway(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add credential' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a provider credential' })
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible endpoint' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel('API address').fill(provider.baseUrl)
  await dialog.getByLabel('Key').fill(KEY)
  await dialog.getByRole('button', { name: 'Save credential' }).click()
  await expect(page.getByText(`${name} is saved. Its key will not be shown again.`)).toBeVisible()
}

test('a tenant admin adds a key, tests it and grants it; the key is never shown again', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test')
  const name = unique('Local gateway')
  await openProviders(page)
  await expect(card(page, 'OpenAI \\(demo\\)')).toContainText('sk-…7f3a')

  await page.getByRole('button', { name: 'Add credential' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a provider credential' })
  await dialog.getByLabel('Provider').selectOption({ label: 'OpenAI-compatible endpoint' })
  await dialog.getByLabel('Key').fill('sk short')
  await dialog.getByRole('button', { name: 'Save credential' }).click()
  await expect(dialog.getByText('Name the credential, e.g. “OpenAI production”.')).toBeVisible()
  await expect(dialog.getByText('OpenAI-compatible endpoint needs the address of its API.')).toBeVisible()
  await expect(dialog.getByLabel('Key')).toHaveAttribute('aria-invalid', 'true')
  expect(await seriousAccessibilityViolations(page)).toEqual([])
  await screenshot(page, 'providers-add-errors')

  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel('API address').fill(provider.baseUrl)
  await dialog.getByLabel('Key').fill(KEY)
  await dialog.getByRole('button', { name: 'Save credential' }).click()
  await expect(page.getByText(`${name} is saved. Its key will not be shown again.`)).toBeVisible()
  const gateway = card(page, name)
  await expect(gateway).toContainText('Not tested')
  await expect(gateway).toContainText('sk-…Q7zP')
  expect(await page.content()).not.toContain(KEY)

  await gateway.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText(`${name}: The provider accepted the key; it lists 2 models.`)).toBeVisible()
  await expect(gateway).toContainText('Verified')

  await gateway.getByLabel('Workspace').selectOption({ label: 'Marketing' })
  await gateway.getByLabel('Monthly budget in US dollars (optional)').fill('a lot')
  await gateway.getByRole('button', { name: 'Grant' }).click()
  await expect(gateway.getByText('Enter the monthly budget as a number.')).toBeVisible()
  // Written as people write money.
  await gateway.getByLabel('Monthly budget in US dollars (optional)').fill('$1,300')
  await gateway.getByRole('button', { name: 'Grant' }).click()
  await expect(page.getByText(`Marketing may use ${name}.`)).toBeVisible()
  await expect(gateway.getByRole('list', { name: 'Workspaces granted' })).toContainText('budget $1,300 a month · no rate limit')
  await expect(gateway).toContainText('1 workspace')
  await screenshot(page, 'providers-granted')

  // Not offered while a workspace is granted it: disabled, saying which grant to revoke first.
  await expect(gateway.getByRole('button', { name: 'Delete…' })).toBeDisabled()
  await expect(gateway.getByText('Granted to Marketing: revoke that grant below to delete it.')).toBeVisible()

  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'providers-phone-dark')
})

test('a rotated key is used from then on; a refused one shows the provider’s words, never the key', async ({ signedInAs }) => {
  const page = await signedInAs('admin@acme.test')
  const name = unique('Rotating gateway')
  await openProviders(page)
  await addGateway(page, name)
  const gateway = card(page, name)
  await gateway.getByLabel('Workspace').selectOption({ label: 'Marketing' })
  await gateway.getByRole('button', { name: 'Grant' }).click()
  await expect(page.getByText(`Marketing may use ${name}.`)).toBeVisible()

  await gateway.getByRole('button', { name: 'Rotate key…' }).click()
  const dialog = page.getByRole('dialog', { name: `Rotate the key of ${name}` })
  await dialog.getByLabel('New key').fill(NEW_KEY)
  await dialog.getByRole('button', { name: 'Replace the key' }).click()
  await expect(page.getByText(`${name} now uses the new key. Test it to verify.`)).toBeVisible()
  await expect(gateway).toContainText('sk-…L4mK')
  await expect(gateway).toContainText('Not tested')

  // The provider still expects the old key: it refuses the new one, naming what it was sent.
  await gateway.getByRole('button', { name: 'Test connection' }).click()
  await expect(gateway).toContainText('Failing')
  await expect(gateway).toContainText('Last test: 401: Incorrect API key provided: [key].')
  expect(await page.content()).not.toContain(NEW_KEY)
  expect(provider.requests.at(-1)?.authorization).toBe(`Bearer ${NEW_KEY}`)

  acceptedKey = NEW_KEY
  await gateway.getByRole('button', { name: 'Test connection' }).click()
  await expect(gateway).toContainText('Verified')

  await gateway.getByRole('list', { name: 'Workspaces granted' }).getByRole('button', { name: 'Revoke…' }).click()
  await page.getByRole('dialog', { name: 'Revoke Marketing’s grant?' }).getByRole('button', { name: 'Revoke' }).click()
  await expect(page.getByText(`Marketing can no longer use ${name}.`)).toBeVisible()
  await expect(gateway).toContainText('None: no workspace can use this credential yet.')
  await gateway.getByRole('button', { name: 'Delete…' }).click()
  await page
    .getByRole('dialog', { name: `Delete ${name}?` })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expect(page.getByText(`${name} is deleted.`)).toBeVisible()
  await expect(card(page, name)).toHaveCount(0)
})

test('an auditor reads the credentials without a control; a member has no way in', async ({ signedInAs }) => {
  const page = await signedInAs('auditor@acme.test')
  await openProviders(page)
  await expect(pageHeader(page)).toContainText('Read-only')
  const demo = card(page, 'OpenAI \\(demo\\)')
  await expect(demo).toContainText('budget $250 a month · 60 requests a minute')
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  expect(await seriousAccessibilityViolations(page)).toEqual([])

  const member = await signedInAs('member@acme.test')
  await expect(member.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'AI providers' })).toHaveCount(0)
  await member.goto('/settings/providers')
  await expect(member.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(member.getByText("Only tenant administrators and auditors see the tenant's provider credentials.")).toBeVisible()
})

test('a policy’s allowlist offers the models of the providers granted to its workspace', async ({ signedInAs }) => {
  const page = await signedInAs('pat@acme.test')
  // The overview lists the workspace's environments.
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Development/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Development')
  await page.getByRole('link', { name: 'New policy' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New policy')
  const offered = page.getByRole('group', { name: 'Models of the providers granted to this workspace' })
  await offered.getByRole('button', { name: 'Add openai/gpt-4.1-mini' }).click()
  await offered.getByRole('button', { name: 'Add openai/o3' }).click()
  await expect(page.getByLabel('Allowed models')).toHaveValue('openai/gpt-4.1-mini\nopenai/o3')
  await expect(offered.getByRole('button', { name: 'Add openai/o3' })).toHaveCount(0)
  await screenshot(page, 'policy-offered-models')
})
