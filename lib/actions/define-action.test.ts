import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, databaseSnapshot, openSeededDatabase } from '@/test/fixtures'
import { updateWorkspaceSettingsAction as update } from '@/lib/workspaces/action-definitions'
import { defineAction } from './define-action'

let t: TestDatabase
let f: Fixtures

beforeAll(async () => ({ t, f } = await openSeededDatabase()))
afterAll(() => t.close())

describe('defineAction', () => {
  it('refuses a caller without a session', async () => {
    const env = { ...(await f.envOf('admin@acme.test')), claims: null }
    expect(await update.execute(env, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  it('refuses a tab rendered for another workspace than the active one, naming both, and changes nothing', async () => {
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

  it('answers an unexpected failure with a reference, never the database message, and rolls back', async () => {
    const failing = defineAction({
      name: 'test.failing',
      input: z.object({ workspaceId: z.string() }),
      permission: 'workspace.update',
      workspaceId: (input) => input.workspaceId,
      async run(tx, scope) {
        await tx.workspace.update({ where: { id: scope.input.workspaceId }, data: { name: 'Should roll back' } })
        scope.audit({ action: 'test', targetType: 'workspace', targetId: scope.input.workspaceId })
        await tx.$queryRawUnsafe('SELECT * FROM "table_that_does_not_exist"')
      },
    })
    const before = await databaseSnapshot(t.db)
    const result = await failing.execute(await f.envOf('admin@acme.test'), { workspaceId: f.workspace('acme/production').id })
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(!result.ok && result.message).toMatch(/^Something went wrong on our side\. Reference: [0-9a-f]{8}$/)
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  it('answers a made-up id exactly like another tenant\'s id: not found', async () => {
    const env = await f.envOf('admin@acme.test')
    const input = { name: 'X', description: '', color: 'red' }
    const missing = await update.execute(env, { ...input, workspaceId: 'no-such-workspace' })
    const foreign = await update.execute(env, { ...input, workspaceId: f.workspace('globex/research').id })
    expect(missing).toEqual(foreign)
    expect(missing).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
