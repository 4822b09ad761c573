import { afterAll, beforeAll, describe, expect, inject } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { DecryptionError } from '@/lib/crypto/aead'
import { parseRootKeys, type RootKeyRing } from '@/lib/crypto/root-keys'
import { tenantVault } from '@/lib/crypto/tenant-keys'
import { resealUnderNewestRootKey } from '@/lib/key-rotation/reseal'
import type { Db } from '@/lib/db/client'
import { startFakeProvider } from '@/test/fake-provider'
import { TEST_AUDIT_KEY, TEST_SETTINGS, test as seededTest, type Fixtures } from '@/test/fixtures'
import { addCredential as addCredentialAction } from './actions/add-credential'
import { deleteCredential } from './actions/delete-credential'
import { grantCredential } from './actions/grant-credential'
import { revokeGrant } from './actions/revoke-grant'
import { rotateCredential } from './actions/rotate-credential'
import { testCredential } from './actions/test-credential'
import { credentialAad } from './credentials'
import { budgetText, secretKey } from './schema'

const FIRST_KEY = 'sk-test-first-0123456789abcdWXYZ'
const SECOND_KEY = 'sk-test-second-9876543210zyxw4321'
let acceptedKey = FIRST_KEY
let provider: Awaited<ReturnType<typeof startFakeProvider>>

beforeAll(async () => {
  provider = await startFakeProvider(() => acceptedKey)
})
afterAll(() => provider.close())

/** Ada, Acme's tenant admin, signed in. */
const test = seededTest.extend('ada', ({ f }) => f.envOf('admin@acme.test'))

const acme = (f: Fixtures) => f.tenant('acme')
const lastAudit = (db: Db, action: string) => db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { seq: 'desc' } })

async function addCredential(by: ActionEnvironment, name: string, secret = FIRST_KEY) {
  const result = await addCredentialAction.execute(by, { provider: 'openai_compatible', name, baseUrl: provider.baseUrl, secret })
  if (!result.ok) throw new Error(result.message)
  return result.data
}

describe('provider credentials', () => {
  test('keeps the key sealed: the row, the result and the audit entry carry only its fingerprint', async ({ t, f, ada }) => {
    const added = await addCredential(ada, 'Local gateway')
    expect(added).toEqual({ id: added.id, name: 'Local gateway', provider: 'openai_compatible', fingerprint: 'sk-…WXYZ' })
    expect(JSON.stringify(added)).not.toContain(FIRST_KEY)
    const row = await t.db.providerCredential.findUniqueOrThrow({ where: { id: added.id } })
    expect(Buffer.from(row.sealedSecret).includes(Buffer.from(FIRST_KEY))).toBe(false)
    const vault = tenantVault(t.db, TEST_SETTINGS.encryptionKeys, acme(f).id)
    expect(await vault.open(credentialAad(acme(f).id, added.id), row.sealedSecret)).toBe(FIRST_KEY)
    const entry = await lastAudit(t.db, 'credential.added')
    expect(JSON.stringify(entry)).not.toContain(FIRST_KEY)
    expect(describeAuditEvent(entry)).toBe('added provider credential Local gateway (OpenAI-compatible endpoint, sk-…WXYZ)')
  })

  test('a sealed key copied onto another row, or into another tenant, does not open', async ({ t, f, ada }) => {
    const [original, copy] = [await addCredential(ada, 'Original'), await addCredential(ada, 'Copy', SECOND_KEY)]
    const sealed = (await t.db.providerCredential.findUniqueOrThrow({ where: { id: original.id } })).sealedSecret
    const acmeVault = tenantVault(t.db, TEST_SETTINGS.encryptionKeys, acme(f).id)
    await expect(acmeVault.open(credentialAad(acme(f).id, copy.id), sealed)).rejects.toThrow(DecryptionError)
    const globexVault = tenantVault(t.db, TEST_SETTINGS.encryptionKeys, f.tenant('globex').id)
    await expect(globexVault.open(credentialAad(acme(f).id, original.id), sealed)).rejects.toThrow(DecryptionError)
  })

  test('tests the connection with the provider and records its answer, without the key', async ({ t, ada, onTestFinished }) => {
    const { id } = await addCredential(ada, 'Tested')
    expect(await testCredential.execute(ada, { credentialId: id })).toMatchObject({
      ok: true,
      data: { verified: true, message: 'The provider accepted the key; it lists 2 models.' },
    })
    expect(provider.requests.at(-1)).toEqual({ url: '/v1/models', authorization: `Bearer ${FIRST_KEY}` })
    expect(await t.db.providerCredential.findUniqueOrThrow({ where: { id } })).toMatchObject({ check: 'VERIFIED' })

    acceptedKey = 'sk-another-key-the-provider-now-wants'
    onTestFinished(() => {
      acceptedKey = FIRST_KEY
    })
    const failing = await testCredential.execute(ada, { credentialId: id })
    expect(failing).toMatchObject({ ok: true, data: { verified: false, message: '401: Incorrect API key provided: [key].' } })
    const row = await t.db.providerCredential.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ check: 'FAILING', checkMessage: '401: Incorrect API key provided: [key].' })
    expect(row.lastVerifiedAt).not.toBeNull()
  })

  test('rotates the key in place: the new key is used from then on, and must be tested again', async ({ t, ada }) => {
    const { id } = await addCredential(ada, 'Rotated')
    await testCredential.execute(ada, { credentialId: id })
    expect(await rotateCredential.execute(ada, { credentialId: id, secret: SECOND_KEY })).toMatchObject({
      ok: true,
      data: { fingerprint: 'sk-…4321' },
    })
    expect(await t.db.providerCredential.findUniqueOrThrow({ where: { id } })).toMatchObject({ check: 'UNTESTED', fingerprint: 'sk-…4321' })
    await testCredential.execute(ada, { credentialId: id })
    expect(provider.requests.at(-1)?.authorization).toBe(`Bearer ${SECOND_KEY}`)
    expect(describeAuditEvent(await lastAudit(t.db, 'credential.rotated'))).toBe(
      'rotated the key of provider credential Rotated (sk-…WXYZ → sk-…4321)',
    )
  })

  test('refuses a blank or spaced key, a missing address, and a local address where they are not allowed', async ({ t, ada }) => {
    const add = (input: object, env = ada) =>
      addCredentialAction.execute(env, { provider: 'openai', name: 'Refused', secret: FIRST_KEY, ...input })
    expect(await add({ secret: '   ' })).toMatchObject({ ok: false, fieldErrors: { secret: ['Paste the key.'] } })
    // A label copied along with the key is dropped, not stored as part of it.
    expect(secretKey.parse(`Key: ${FIRST_KEY}`)).toBe(FIRST_KEY)
    expect(secretKey.parse(`Bearer ${FIRST_KEY}`)).toBe(FIRST_KEY)
    expect(secretKey.parse(`  API_KEY=${FIRST_KEY} `)).toBe(FIRST_KEY)
    expect(secretKey.parse(`export OPENAI_API_KEY="${FIRST_KEY}"`)).toBe(FIRST_KEY)
    expect(await add({ secret: 'sk-abc def-ghijk' })).toMatchObject({
      ok: false,
      fieldErrors: { secret: [expect.stringContaining('no spaces')] },
    })
    expect(await add({ provider: 'azure_openai' })).toMatchObject({
      ok: false,
      fieldErrors: { baseUrl: ['Azure OpenAI needs the address of its API.'] },
    })
    const strict = { ...ada, settings: { ...ada.settings, allowLocalProviderUrls: false } }
    for (const baseUrl of [
      'http://127.0.0.1:8080/v1',
      'https://169.254.169.254/latest',
      'https://10.1.2.3/v1',
      'https://models.internal/v1',
    ]) {
      expect(await add({ baseUrl }, strict)).toMatchObject({
        ok: false,
        fieldErrors: { baseUrl: [expect.stringContaining('local or private network')] },
      })
    }
    expect(await add({ baseUrl: 'http://api.example.com/v1' }, strict)).toMatchObject({
      ok: false,
      fieldErrors: { baseUrl: [expect.stringContaining('https://')] },
    })
    expect(await t.db.providerCredential.count({ where: { name: 'Refused' } })).toBe(0)
  })

  test('grants to workspaces of its tenant only, and cannot be deleted while granted (the database refuses too)', async ({ t, f, ada }) => {
    const { id } = await addCredential(ada, 'Granted')
    const marketing = f.workspace('acme/marketing')
    expect(
      await grantCredential.execute(ada, {
        credentialId: id,
        workspaceId: marketing.id,
        monthlyBudget: '$500',
        requestsPerMinute: '',
      }),
    ).toMatchObject({
      ok: true,
      data: { monthlyBudget: 500, requestsPerMinute: null },
    })
    // Money as people write it reads as whole dollars; anything else is still refused next to the field.
    for (const [typed, read] of [
      ['1,500', 1500],
      ['$ 2,000,000', 2_000_000],
      ['750 USD', 750],
    ] as const)
      expect(budgetText(typed)).toBe(String(read))
    expect(await grantCredential.execute(ada, { credentialId: id, workspaceId: marketing.id, monthlyBudget: '$5.50' })).toMatchObject({
      ok: false,
      fieldErrors: { monthlyBudget: ['Enter the monthly budget as a whole number.'] },
    })
    // A bare "$" is not "no budget": it is refused, and the grant keeps its budget.
    expect(await grantCredential.execute(ada, { credentialId: id, workspaceId: marketing.id, monthlyBudget: '$' })).toMatchObject({
      ok: false,
      fieldErrors: { monthlyBudget: ['Enter the monthly budget as a number.'] },
    })
    expect(budgetText('0,500')).toBe('0,500')
    expect(describeAuditEvent(await lastAudit(t.db, 'credential.granted'))).toBe(
      'granted provider credential Granted to Marketing (budget $500 a month)',
    )
    expect(await grantCredential.execute(ada, { credentialId: id, workspaceId: f.workspace('globex/operations').id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await deleteCredential.execute(ada, { credentialId: id })).toMatchObject({
      ok: false,
      code: 'CREDENTIAL_IN_USE',
      message: '1 workspace is granted this credential. Revoke that grant first.',
    })
    await expect(t.sql(`DELETE FROM "ProviderCredential" WHERE id = $1`, [id])).rejects.toThrow(/foreign key/)
    expect(await revokeGrant.execute(ada, { credentialId: id, workspaceId: marketing.id })).toMatchObject({ ok: true })
    expect(await deleteCredential.execute(ada, { credentialId: id })).toMatchObject({ ok: true })
    expect(await t.db.providerCredential.findUnique({ where: { id } })).toBeNull()
  })
})

describe('tenant data keys', () => {
  test('one per tenant; a new root key re-seals them all (dry run first), and every secret still opens', async ({
    t,
    f,
    ada,
    onTestFinished,
  }) => {
    // The other cases use the test settings' ring: afterwards, no secret or data key sealed under v2 is left.
    onTestFinished(async () => {
      await t.sql(`DELETE FROM "ProviderGrant"`)
      await t.sql(`DELETE FROM "ProviderCredential"`)
      await t.sql(`DELETE FROM "TenantDataKey"`)
    })
    const { id } = await addCredential(ada, 'Before rotation')
    expect(await t.db.tenantDataKey.count({ where: { tenantId: acme(f).id } })).toBe(1)
    const v1 = TEST_SETTINGS.encryptionKeys
    const v2 = parseRootKeys(
      `${[...v1.byVersion.values()].map((k) => `v${k.version}:${k.key.toString('base64url')}`)},v2:${Buffer.from(Array.from({ length: 32 }, (_, i) => 255 - i * 5)).toString('base64url')}`,
    ) as RootKeyRing
    const keys = { rootKeys: v2, auditKey: TEST_AUDIT_KEY }

    const dryRun = await resealUnderNewestRootKey(t.db, keys, { apply: false, by: 'vitest' })
    expect(dryRun.tenants.map((k) => k.tenantSlug)).toEqual(['acme'])
    expect(await t.db.tenantDataKey.findUniqueOrThrow({ where: { tenantId: acme(f).id } })).toMatchObject({ rootKeyVersion: 1 })

    await resealUnderNewestRootKey(t.db, keys, { apply: true, by: 'vitest' })
    expect(await t.db.tenantDataKey.findUniqueOrThrow({ where: { tenantId: acme(f).id } })).toMatchObject({ rootKeyVersion: 2 })
    const entry = await lastAudit(t.db, 'encryption.dataKeyResealed')
    expect(describeAuditEvent(entry)).toBe('re-sealed the tenant’s data key under root key v2 (was v1)')
    const sealed = (await t.db.providerCredential.findUniqueOrThrow({ where: { id } })).sealedSecret
    expect(await tenantVault(t.db, v2, acme(f).id).open(credentialAad(acme(f).id, id), sealed)).toBe(FIRST_KEY)
    // Without v2 the data key no longer opens: the old key alone is not enough.
    await expect(tenantVault(t.db, v1, acme(f).id).open(credentialAad(acme(f).id, id), sealed)).rejects.toThrow(/v2/)
    expect((await resealUnderNewestRootKey(t.db, keys, { apply: false, by: 'vitest' })).tenants).toEqual([])
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test("a tenant's first secrets, saved at once, share one data key", async ({ t, f, onTestFinished }) => {
    const globex = await f.envOf('admin@globex.test')
    // Globex without secrets again afterwards: the re-sealing case expects Acme's data key alone.
    onTestFinished(async () => {
      await t.sql(`DELETE FROM "ProviderCredential" WHERE "tenantId" = $1`, [f.tenant('globex').id])
      await t.sql(`DELETE FROM "TenantDataKey" WHERE "tenantId" = $1`, [f.tenant('globex').id])
    })
    const results = await Promise.all(
      ['Race one', 'Race two', 'Race three'].map((name) =>
        addCredentialAction.execute(globex, { provider: 'openai_compatible', name, baseUrl: provider.baseUrl, secret: FIRST_KEY }),
      ),
    )
    expect(results.map((r) => r.ok)).toEqual([true, true, true])
    expect(await t.db.tenantDataKey.count({ where: { tenantId: f.tenant('globex').id } })).toBe(1)
  })
})
