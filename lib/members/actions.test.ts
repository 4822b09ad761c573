import { describe, expect, inject } from 'vitest'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, expectRefusal, test } from '@/test/fixtures'
import { addMember as add } from './actions/add-member'
import { changeMemberRole as changeRole } from './actions/change-member-role'
import { removeMember as remove } from './actions/remove-member'
import { LAST_ADMIN_OVERRIDE_HINT } from './membership'

// Every case starts from the seeded people: accounts, tenant roles and memberships.
test.beforeEach(({ f }) => f.resetPeople())

const marketing = (f: Fixtures) => f.workspace('acme/marketing').id
const roleOf = async (t: TestDatabase, f: Fixtures, email: string, workspaceId = marketing(f)) =>
  (await t.db.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: f.user(email).id } } }))?.role ?? null

/** Leaves wsadmin as the only workspace admin of Marketing. */
async function makeWsadminTheLastAdmin(t: TestDatabase, f: Fixtures) {
  await t.db.workspaceMembership.delete({
    where: { workspaceId_userId: { workspaceId: marketing(f), userId: f.user('admin@acme.test').id } },
  })
}

describe('adding members', () => {
  test('adds a tenant user with a role, audited', async ({ t, f }) => {
    const result = await add.execute(await f.envOf('wsadmin@acme.test'), {
      workspaceId: marketing(f),
      userId: f.user('viewer@acme.test').id,
      role: 'workspace_viewer',
    })
    expect(result).toMatchObject({ ok: true })
    expect(await roleOf(t, f, 'viewer@acme.test')).toBe('workspace_viewer')
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('acme').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'member.added',
      workspaceId: marketing(f),
      data: { email: 'viewer@acme.test', role: 'workspace_viewer' },
    })
  })

  test('refuses someone who already is a member, pointing at the members table', async ({ t, f }) => {
    const wsadmin = await f.envOf('wsadmin@acme.test')
    await expectRefusal(
      t.db,
      async () =>
        add.execute(wsadmin, {
          workspaceId: marketing(f),
          userId: f.user('member@acme.test').id,
          role: 'workspace_admin',
        }),
      {
        code: 'ALREADY_MEMBER',
        message: 'User is already a member of this workspace. Change their role in the members table instead.',
      },
    )
  })

  test("refuses another tenant's user and a disabled user", async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    await expectRefusal(
      t.db,
      () => add.execute(env, { workspaceId: marketing(f), userId: f.user('admin@globex.test').id, role: 'workspace_member' }),
      {
        code: 'VALIDATION',
        fieldErrors: { userId: ['Choose an active user of this tenant.'] },
      },
    )
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'DISABLED' } })
    await expectRefusal(
      t.db,
      () => add.execute(env, { workspaceId: marketing(f), userId: f.user('viewer@acme.test').id, role: 'workspace_member' }),
      { code: 'VALIDATION' },
    )
    await t.db.user.update({ where: { email: 'viewer@acme.test' }, data: { status: 'ACTIVE' } })
  })
})

describe('changing roles and removing', () => {
  test('changes a role at once, audited with before and after', async ({ t, f }) => {
    expect(
      await changeRole.execute(await f.envOf('wsadmin@acme.test'), {
        workspaceId: marketing(f),
        userId: f.user('member@acme.test').id,
        role: 'workspace_viewer',
      }),
    ).toMatchObject({ ok: true })
    expect(await roleOf(t, f, 'member@acme.test')).toBe('workspace_viewer')
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('acme').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({ action: 'member.roleChanged', data: { from: 'workspace_member', to: 'workspace_viewer' } })
  })

  test('lets nobody remove themselves', async ({ t, f }) => {
    const wsadmin = await f.envOf('wsadmin@acme.test')
    await expectRefusal(t.db, async () => remove.execute(wsadmin, { workspaceId: marketing(f), userId: f.user('wsadmin@acme.test').id }), {
      code: 'SELF_REMOVAL',
      message: 'You cannot remove yourself from a workspace',
    })
  })

  test('keeps the last workspace admin against a workspace admin', async ({ t, f }) => {
    await makeWsadminTheLastAdmin(t, f)
    await t.db.workspaceMembership.update({
      where: { workspaceId_userId: { workspaceId: marketing(f), userId: f.user('member@acme.test').id } },
      data: { role: 'workspace_admin' },
    })
    // member@ is now an admin too; once they step down, wsadmin is the last one.
    const env = await f.envOf('member@acme.test')
    expect(
      await changeRole.execute(env, { workspaceId: marketing(f), userId: f.user('member@acme.test').id, role: 'workspace_member' }),
    ).toMatchObject({ ok: true })
    const wsadmin = await f.envOf('wsadmin@acme.test')
    await expectRefusal(
      t.db,
      async () =>
        changeRole.execute(wsadmin, {
          workspaceId: marketing(f),
          userId: f.user('wsadmin@acme.test').id,
          role: 'workspace_member',
        }),
      {
        code: 'LAST_WORKSPACE_ADMIN',
        message: 'A workspace needs at least one workspace admin',
      },
    )
  })

  test('lets a tenant admin remove the last workspace admin only after confirming tenant-managed', async ({ t, f }) => {
    await makeWsadminTheLastAdmin(t, f)
    const env = await f.envOf('admin@acme.test')
    const input = { workspaceId: marketing(f), userId: f.user('wsadmin@acme.test').id }
    await expectRefusal(t.db, () => remove.execute(env, input), {
      code: 'LAST_WORKSPACE_ADMIN',
      message: `A workspace needs at least one workspace admin. ${LAST_ADMIN_OVERRIDE_HINT}`,
    })
    expect(await remove.execute(env, { ...input, confirmTenantManaged: true })).toMatchObject({ ok: true })
    expect(await roleOf(t, f, 'wsadmin@acme.test')).toBeNull()
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test('two admins adding the same user at once: one membership, the other reads the message', async ({ t, f }) => {
    const [admin, wsadmin] = [await f.envOf('admin@acme.test'), await f.envOf('wsadmin@acme.test')]
    const input = { workspaceId: marketing(f), userId: f.user('viewer@acme.test').id, role: 'workspace_member' }
    const results = await Promise.all([
      add.execute(admin, input),
      add.execute(wsadmin, input),
      add.execute(admin, input),
      add.execute(wsadmin, input),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'ALREADY_MEMBER')).toBe(true)
    expect(await t.db.workspaceMembership.count({ where: { workspaceId: marketing(f), userId: f.user('viewer@acme.test').id } })).toBe(1)
  })

  test('two admins demoting the last two workspace admins at once leave one (ten rounds)', async ({ t, f }) => {
    // Marketing's admins are admin@ and wsadmin@; as workspace admins, each demotes the other.
    const [admin, wsadmin] = [f.user('admin@acme.test').id, f.user('wsadmin@acme.test').id]
    const acme = { tenantId_userId: { tenantId: f.tenant('acme').id, userId: admin } }
    await t.db.tenantMembership.update({ where: acme, data: { role: 'tenant_member' } })
    try {
      const [adminEnv, wsadminEnv] = [await f.envOf('admin@acme.test'), await f.envOf('wsadmin@acme.test')]
      for (let round = 0; round < 10; round++) {
        await f.resetMemberships()
        const results = await Promise.all([
          changeRole.execute(adminEnv, { workspaceId: marketing(f), userId: wsadmin, role: 'workspace_member' }),
          changeRole.execute(wsadminEnv, { workspaceId: marketing(f), userId: admin, role: 'workspace_member' }),
        ])
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(await t.db.workspaceMembership.count({ where: { workspaceId: marketing(f), role: 'workspace_admin' } })).toBe(1)
      }
    } finally {
      await t.db.tenantMembership.update({ where: acme, data: { role: 'tenant_admin' } })
    }
  })
})
