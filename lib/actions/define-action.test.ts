import { INVISIBLE_CHARACTERS_MESSAGE } from '@/lib/validation'
import { describe, expect } from 'vitest'
import { z } from 'zod'
import { databaseSnapshot, test } from '@/test/fixtures'
import { actionNamed } from '@/lib/registry/actions'
import { auditEvent } from '@/lib/audit/events'
import { executeFromBrowser } from './browser-call'
import { defineAction } from './define-action'

const update = actionNamed('workspace.updateSettings')!
const switchWorkspace = actionNamed('workspace.switch')!
const deleteEnvironment = actionNamed('environment.delete')!

// Cases below rename workspaces; messages name them: every case starts with the seeded names.
test.beforeEach(({ f }) => f.resetWorkspaceSettings())

describe('defineAction', () => {
  test('refuses a caller without a session', async ({ f }) => {
    const env = { ...(await f.envOf('admin@acme.test')), caller: async () => null }
    expect(await update.execute(env, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  test('refuses a tab rendered for another workspace than the active one, naming both, and changes nothing', async ({ t, f }) => {
    const env = await f.envOf('member@acme.test', 'acme/marketing')
    const before = await databaseSnapshot(t.db)
    const result = await update.execute(env, {
      expectedWorkspaceId: f.workspace('acme/client-a').id,
      workspaceId: f.workspace('acme/marketing').id,
      name: 'X',
      color: 'red',
    })
    expect(result).toEqual({
      ok: false,
      code: 'STALE_WORKSPACE',
      message: 'This tab shows Client A, but your active workspace is now Marketing. Reload to continue.',
    })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test('refuses a call from a browser that does not say which workspace its tab shows, and changes nothing', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test', 'acme/marketing')
    const input = { workspaceId: f.workspace('acme/marketing').id, name: 'Renamed', description: '', color: 'red' }
    const before = await databaseSnapshot(t.db)
    expect(await executeFromBrowser(update, env, input)).toMatchObject({ ok: false, code: 'STALE_WORKSPACE' })
    expect(await executeFromBrowser(update, env, { ...input, expectedWorkspaceId: 42 })).toMatchObject({
      ok: false,
      code: 'STALE_WORKSPACE',
    })
    expect(await databaseSnapshot(t.db)).toEqual(before)
    const fromTheRightTab = { ...input, expectedWorkspaceId: f.workspace('acme/marketing').id }
    expect(await executeFromBrowser(update, env, fromTheRightTab)).toMatchObject({ ok: true })
  })

  test('lets only the workspace switch opt out: a tab showing another workspace may switch', async ({ f }) => {
    const env = await f.envOf('admin@acme.test', 'acme/marketing')
    const input = { workspaceId: f.workspace('acme/staging').id, expectedWorkspaceId: f.workspace('acme/client-a').id }
    expect(await executeFromBrowser(switchWorkspace, env, input)).toMatchObject({ ok: true })
    expect(await executeFromBrowser(switchWorkspace, env, { workspaceId: input.workspaceId })).toMatchObject({ ok: true })
  })

  test('answers an unexpected failure with a reference, never the database message, and rolls back', async ({ t, f }) => {
    const failing = defineAction({
      name: 'test.failing',
      input: z.object({ workspaceId: z.string() }),
      permission: 'workspace.update',
      workspaceId: (input) => input.workspaceId,
      async run(tx, scope) {
        await tx.workspace.update({ where: { id: scope.input.workspaceId }, data: { name: 'Should roll back' } })
        scope.audit(
          auditEvent('test.failed', 'workspace', () => 'failed'),
          { targetId: scope.input.workspaceId, data: {} },
        )
        await tx.$queryRawUnsafe('SELECT * FROM "table_that_does_not_exist"')
      },
    })
    const admin = await f.envOf('admin@acme.test')
    const before = await databaseSnapshot(t.db)
    const result = await failing.execute(admin, { workspaceId: f.workspace('acme/production').id })
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(!result.ok && result.message).toMatch(/^Something went wrong on our side\. Reference: [0-9a-f]{8}$/)
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test("answers a made-up id exactly like another tenant's id: not found", async ({ f }) => {
    const env = await f.envOf('admin@acme.test')
    const input = { name: 'X', description: '', color: 'red' }
    const missing = await update.execute(env, { ...input, workspaceId: '0196f000-0000-7000-8000-000000000000' })
    const foreign = await update.execute(env, { ...input, workspaceId: f.workspace('globex/research').id })
    expect(missing).toEqual(foreign)
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  test('answers a not-found found inside the work byte for byte like one found before it', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const own = f.workspace('acme/production')
    const globexEnvironment = await t.db.environment.findFirstOrThrow({
      where: { workspace: { tenantId: f.workspace('globex/research').tenantId } },
    })
    // Another tenant's real environment, named in a workspace of one's own: refused inside run().
    const inRun = await deleteEnvironment.execute(env, { workspaceId: own.id, environmentId: globexEnvironment.id, confirmSlug: 'x' })
    // A made-up workspace: refused before the transaction.
    const early = await deleteEnvironment.execute(env, {
      workspaceId: '0196f000-0000-7000-8000-000000000000',
      environmentId: globexEnvironment.id,
      confirmSlug: 'x',
    })
    expect(inRun).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(JSON.stringify(inRun)).toBe(JSON.stringify(early))
    expect(Object.keys(inRun)).toEqual(['ok', 'code', 'message'])
  })

  test.for([
    ['a NUL byte', 'abc\u0000def'],
    ['a malformed id', 'no-such-workspace'],
    ['an id with SQL in it', "x' OR '1'='1"],
    ['a number', 42],
  ] as const)('refuses %s as an id with a validation answer, never reaching the database', async ([, workspaceId], { t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const before = await databaseSnapshot(t.db)
    const result = await update.execute(env, { name: 'X', description: '', color: 'red', workspaceId })
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { workspaceId: ['This is not a valid id.'] } })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test.for([
    ['zero-width characters only', '\u200b\u200c\u200d\u2060'],
    ['a right-to-left override', 'Invoices\u202Efdp.exe'],
    ['a control character', 'Tab\tName'],
    ['a NUL byte', 'Nul\u0000Name'],
  ] as const)('refuses a workspace name with %s, next to the field, changing nothing', async ([, name], { t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const before = await databaseSnapshot(t.db)
    const result = await update.execute(env, { name, description: '', color: 'red', workspaceId: f.workspace('acme/production').id })
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { name: [INVISIBLE_CHARACTERS_MESSAGE] } })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test('stores names in NFC, so the same name typed two ways is one name', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const decomposed = 'Cafe\u0301'
    expect(
      await update.execute(env, {
        name: decomposed,
        description: 'line one\r\nline two',
        color: 'red',
        workspaceId: f.workspace('acme/staging').id,
      }),
    ).toMatchObject({ ok: true })
    const stored = await t.db.workspace.findUniqueOrThrow({ where: { id: f.workspace('acme/staging').id } })
    expect(stored.name).toBe('Caf\u00e9')
    expect(stored.description).toBe('line one\nline two')
  })
})
