import { describe, expect } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { expectRefusal, test as seededTest } from '@/test/fixtures'
import { createApiKey } from './actions/create-api-key'
import { renameApiKey } from './actions/rename-api-key'
import { revokeApiKey } from './actions/revoke-api-key'

/** Ada, Acme's tenant admin, signed in. */
const test = seededTest.extend('ada', ({ f }) => f.envOf('admin@acme.test'))

async function newKey(ada: ActionEnvironment, name: string) {
  const made = await createApiKey.execute(ada, { name, workspaceId: '', scopes: ['read'], expiresIn: '30' })
  if (!made.ok) throw new Error(made.message)
  return made.data
}

describe('renaming an API key', () => {
  test('changes its name, not the key, and says so in the audit log', async ({ t, ada }) => {
    const key = await newKey(ada, 'CI')
    const before = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })
    expect(await renameApiKey.execute(ada, { apiKeyId: key.id, workspaceId: '', name: '  Nightly deploys ' })).toEqual({
      ok: true,
      data: { id: key.id, name: 'Nightly deploys' },
    })
    const after = await t.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })
    expect(after).toEqual({ ...before, name: 'Nightly deploys' })
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'apiKey.renamed', targetId: key.id } })
    expect(describeAuditEvent(entry)).toBe(`renamed API key CI (${before.start}…) to Nightly deploys`)
  })

  test('refuses a blank name next to the field, and a revoked key, changing nothing', async ({ t, ada }) => {
    const key = await newKey(ada, 'Blank test')
    await expectRefusal(t.db, () => renameApiKey.execute(ada, { apiKeyId: key.id, workspaceId: '', name: '   ' }), {
      code: 'VALIDATION',
      fieldErrors: { name: ['Name the key, e.g. “CI deploys”.'] },
    })
    expect(await revokeApiKey.execute(ada, { apiKeyId: key.id, workspaceId: '' })).toMatchObject({ ok: true })
    await expectRefusal(t.db, () => renameApiKey.execute(ada, { apiKeyId: key.id, workspaceId: '', name: 'Revived' }), {
      code: 'API_KEY_INACTIVE',
    })
  })

  test("answers another tenant's key exactly like a made-up one", async ({ f, ada }) => {
    const gus = await f.envOf('admin@globex.test')
    const key = await newKey(ada, 'Acme only')
    const foreign = await renameApiKey.execute(gus, { apiKeyId: key.id, workspaceId: '', name: 'Taken over' })
    const madeUp = await renameApiKey.execute(gus, {
      apiKeyId: '0196f000-0000-7000-8000-000000000000',
      workspaceId: '',
      name: 'Taken over',
    })
    expect(foreign).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(JSON.stringify(foreign)).toBe(JSON.stringify(madeUp))
  })
})
