import { describe, expect } from 'vitest'
import type { AtriumToken } from '@/lib/auth/claims'
import { refreshToken } from '@/lib/auth/token'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, TEST_AUDIT_KEY, TEST_SETTINGS, databaseSnapshot, test } from '@/test/fixtures'
import { switchWorkspace as switchTo } from './actions/switch-workspace'
import { resolveContext } from '@/lib/context/resolve'

// Every case starts with every workspace active (two cases archive one).
test.beforeEach(({ f }) => f.resetWorkspaceLifecycle())

async function tokenOf(f: Fixtures, email: string): Promise<AtriumToken> {
  const claims = await f.claimsOf(email)
  return { sub: claims.userId, tenantId: claims.tenantId, workspaceId: claims.workspaceId, sessionId: claims.sessionId }
}

describe('switching the active workspace', () => {
  test('records the switch for a workspace the user may enter, in another tenant too', async ({ t, f }) => {
    const result = await switchTo.execute(await f.envOf('both@example.test'), { workspaceId: f.workspace('globex/operations').id })
    expect(result).toMatchObject({ ok: true, data: { tenantId: f.tenant('globex').id, name: 'Operations' } })
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('globex').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'workspace.switched',
      actorId: f.user('both@example.test').id,
      workspaceId: f.workspace('globex/operations').id,
    })
  })

  test.for([
    ["another tenant's workspace", 'globex/research', 'NOT_FOUND'],
    ['a workspace without membership', 'acme/production', 'FORBIDDEN'],
  ] as const)('refuses %s and changes nothing', async ([, key, code], { t, f }) => {
    const member = await f.envOf('member@acme.test')
    const before = await databaseSnapshot(t.db)
    expect(await switchTo.execute(member, { workspaceId: f.workspace(key).id })).toMatchObject({
      ok: false,
      code,
    })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test('refuses a made-up id and an archived workspace', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    expect(await switchTo.execute(env, { workspaceId: 'made-up' })).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await switchTo.execute(env, { workspaceId: '0196f000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    await f.resetWorkspaceLifecycle()
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [f.workspace('acme/staging').id])
    const before = await databaseSnapshot(t.db)
    expect(await switchTo.execute(env, { workspaceId: f.workspace('acme/staging').id })).toMatchObject({
      ok: false,
      code: 'WORKSPACE_ARCHIVED',
    })
    expect(await databaseSnapshot(t.db)).toEqual(before)
    await f.resetWorkspaceLifecycle()
  })
})

describe('the token update path (POST /api/auth/session)', () => {
  const environment = (t: TestDatabase) => ({
    db: t.db,
    auditKey: TEST_AUDIT_KEY,
    meta: { ip: '192.0.2.7', userAgent: 'curl' },
    settings: TEST_SETTINGS,
  })

  test('takes a workspace the user may enter, with its tenant, and audits the switch like the switcher does', async ({ t, f }) => {
    const token = await tokenOf(f, 'both@example.test')
    const operations = f.workspace('globex/operations')
    const before = await t.db.auditHead.findUniqueOrThrow({ where: { tenantId: operations.tenantId } })
    const updated = await refreshToken({ ...token }, { trigger: 'update', session: { workspaceId: operations.id } }, environment(t))
    expect(updated).toMatchObject({ workspaceId: operations.id, tenantId: operations.tenantId, sessionId: token.sessionId })
    const entries = await t.db.auditEvent.findMany({ where: { tenantId: operations.tenantId, seq: { gt: before.seq } } })
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'workspace.switched',
        actorId: token.sub,
        workspaceId: operations.id,
        ip: '192.0.2.7',
        userAgent: 'curl',
      }),
    ])
  })

  test('does nothing, and audits nothing, for the workspace that is already active', async ({ t, f }) => {
    const token = await tokenOf(f, 'member@acme.test')
    const before = await databaseSnapshot(t.db)
    expect(await refreshToken({ ...token }, { trigger: 'update', session: { workspaceId: token.workspaceId } }, environment(t))).toEqual(
      token,
    )
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test.for([
    ['a workspace of a tenant the user is not in', (f: Fixtures) => ({ workspaceId: f.workspace('globex/research').id })],
    ['a workspace without membership', (f: Fixtures) => ({ workspaceId: f.workspace('acme/production').id })],
    ['a made-up id', () => ({ workspaceId: 'made-up' })],
    [
      'other claims smuggled in the payload',
      (f: Fixtures) => ({ tenantId: f.tenant('globex').id, sub: 'someone-else', sessionId: 'someone-elses-session' }),
    ],
  ] as const)('ignores a forged payload naming %s', async ([, payload], { t, f }) => {
    const token = await tokenOf(f, 'member@acme.test')
    const before = await databaseSnapshot(t.db)
    expect(await refreshToken({ ...token }, { trigger: 'update', session: payload(f) }, environment(t))).toEqual(token)
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })
})

describe('the switcher in the request context', () => {
  test('lists the active workspaces the user may enter, grouped by tenant, without archived ones', async ({ t, f }) => {
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [f.workspace('acme/client-a').id])
    const groups = (await resolveContext(t.db, await f.claimsOf('both@example.test')))!.switcher
    expect(groups.map((g) => [g.tenantName, g.workspaces.map((w) => w.name), g.canCreate])).toEqual([['Globex', ['Operations'], false]])
    await f.resetWorkspaceLifecycle()
    const admin = (await resolveContext(t.db, await f.claimsOf('admin@acme.test')))!.switcher
    expect(admin).toEqual([
      expect.objectContaining({
        tenantName: 'Acme Corp',
        canCreate: true,
        workspaces: expect.arrayContaining([expect.objectContaining({ name: 'Production', isDefault: true })]),
      }),
    ])
    expect(admin[0]!.workspaces).toHaveLength(4)
  })
})
