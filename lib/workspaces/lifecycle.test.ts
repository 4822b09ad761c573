import { describe, expect, inject } from 'vitest'
import { verifyChain } from '@/lib/audit/chain'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, TEST_AUDIT_KEY, expectRefusal, test as seededTest } from '@/test/fixtures'
import { archiveWorkspace as archive } from './actions/archive-workspace'
import { createWorkspace as create, SLUG_TAKEN } from './actions/create-workspace'
import { restoreWorkspace as restore } from './actions/restore-workspace'
import { setDefaultWorkspace as setDefault } from './actions/set-default-workspace'

const onPostgres = inject('databaseKind') === 'postgres'

/** Ada, Acme's tenant admin, signed in before the case starts (a refusal's "nothing changed" starts after it). */
const test = seededTest.extend('admin', ({ f }) => f.envOf('admin@acme.test'))

test.beforeEach(async ({ t, f }) => {
  await f.resetWorkspaceLifecycle()
  await t.db.tenant.updateMany({ data: { workspaceLimit: 100 } })
})

const acmeId = (f: Fixtures) => f.tenant('acme').id
const activeCount = (t: TestDatabase, f: Fixtures) => t.db.workspace.count({ where: { tenantId: acmeId(f), status: 'ACTIVE' } })
const defaults = (t: TestDatabase, f: Fixtures) => t.db.workspace.findMany({ where: { tenantId: acmeId(f), isDefault: true } })

describe('create', () => {
  test('creates the workspace with three environments and its creator as workspace admin, in one audited transaction', async ({
    t,
    f,
    admin,
  }) => {
    const result = await create.execute(admin, {
      name: '  Data Science ',
      slug: 'data-science',
      description: 'Models',
      color: 'violet',
    })
    expect(result).toMatchObject({ ok: true, data: { slug: 'data-science' } })
    const workspace = await t.db.workspace.findFirstOrThrow({
      where: { tenantId: acmeId(f), slug: 'data-science' },
      include: { environments: { orderBy: { position: 'asc' } }, memberships: true },
    })
    expect(workspace).toMatchObject({ name: 'Data Science', status: 'ACTIVE', isDefault: false, color: 'violet' })
    expect(workspace.environments.map((e) => [e.name, e.isProtected])).toEqual([
      ['Development', false],
      ['Staging', false],
      ['Production', true],
    ])
    expect(workspace.memberships).toMatchObject([{ userId: f.user('admin@acme.test').id, role: 'workspace_admin' }])
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: acmeId(f) }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'workspace.created',
      targetId: workspace.id,
      data: { name: 'Data Science', slug: 'data-science' },
    })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, acmeId(f))).toMatchObject({ ok: true })
  })

  test.for([
    ['an uppercase slug', 'Data'],
    ['a double hyphen', 'data--science'],
    ['a leading hyphen', '-data'],
    ['a trailing hyphen', 'data-'],
    ['a space', 'data science'],
    ['49 characters', 'a'.repeat(49)],
  ] as const)('refuses a slug with %s, beside the slug field', async ([, slug], { t, admin }) => {
    await expectRefusal(t.db, async () => create.execute(admin, { name: 'Data', slug, color: 'teal' }), {
      code: 'VALIDATION',
      fieldErrors: { slug: [expect.any(String)] },
    })
  })

  test('refuses a slug already used in the tenant (archived workspaces included), but not one used in another tenant', async ({
    t,
    f,
    admin,
  }) => {
    await expectRefusal(t.db, async () => create.execute(admin, { name: 'Marketing 2', slug: 'marketing', color: 'teal' }), {
      code: 'VALIDATION',
      fieldErrors: { slug: [SLUG_TAKEN] },
    })
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [f.workspace('acme/client-a').id])
    await expectRefusal(t.db, async () => create.execute(admin, { name: 'Client A again', slug: 'client-a', color: 'teal' }), {
      fieldErrors: { slug: [SLUG_TAKEN] },
    })
    expect(await create.execute(admin, { name: 'Research', slug: 'research', color: 'teal' })).toMatchObject({ ok: true })
  })

  test('reports a name that is already used on the name, where the person can change it', async ({ t, admin }) => {
    await expectRefusal(t.db, async () => create.execute(admin, { name: 'marketing', slug: 'marketing', color: 'teal' }), {
      code: 'VALIDATION',
      fieldErrors: { name: ['A workspace named Marketing already exists. Choose another name.'] },
    })
  })

  test("refuses past the tenant's limit with its real number and the two ways out", async ({ t, f, admin }) => {
    const limit = await activeCount(t, f)
    await t.db.tenant.update({ where: { id: acmeId(f) }, data: { workspaceLimit: limit } })
    await expectRefusal(t.db, async () => create.execute(admin, { name: 'One more', slug: 'one-more', color: 'teal' }), {
      code: 'WORKSPACE_LIMIT_REACHED',
      message: `${limit} workspaces limit reached. Archive unused workspaces, or ask a platform administrator to raise the limit.`,
    })
  })
})

describe('archive and restore', () => {
  test('archives softly, recording who and when, only after its slug is typed', async ({ t, f, admin }) => {
    const marketing = f.workspace('acme/marketing')
    await expectRefusal(t.db, async () => archive.execute(admin, { workspaceId: marketing.id, confirmSlug: 'Marketing' }), {
      code: 'VALIDATION',
      fieldErrors: { confirmSlug: ['Type marketing to confirm.'] },
    })
    expect(await archive.execute(admin, { workspaceId: marketing.id, confirmSlug: 'marketing' })).toMatchObject({ ok: true })
    const archived = await t.db.workspace.findUniqueOrThrow({ where: { id: marketing.id }, include: { memberships: true } })
    expect(archived).toMatchObject({ status: 'ARCHIVED', archivedById: f.user('admin@acme.test').id })
    expect(archived.archivedAt).toBeInstanceOf(Date)
    expect(archived.memberships.length).toBeGreaterThan(0)

    await expectRefusal(t.db, async () => archive.execute(admin, { workspaceId: marketing.id, confirmSlug: 'marketing' }), {
      code: 'WORKSPACE_ARCHIVED',
      message: 'This workspace is archived and read-only. Restore it first.',
    })
  })

  test('refuses to archive the default workspace', async ({ t, f, admin }) => {
    const production = f.workspace('acme/production')
    await expectRefusal(t.db, async () => archive.execute(admin, { workspaceId: production.id, confirmSlug: 'production' }), {
      code: 'DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED',
      message: 'The default workspace cannot be archived. Set another workspace as the default first.',
    })
  })

  test('refuses to archive the last active workspace', async ({ t, f }) => {
    const globex = await f.envOf('admin@globex.test')
    const operations = f.workspace('globex/operations')
    const research = f.workspace('globex/research')
    // A tenant whose default flag is gone still keeps one active workspace.
    await t.db.workspace.update({ where: { id: research.id }, data: { isDefault: false } })
    expect(await archive.execute(globex, { workspaceId: operations.id, confirmSlug: 'operations' })).toMatchObject({ ok: true })
    await expectRefusal(t.db, () => archive.execute(globex, { workspaceId: research.id, confirmSlug: 'research' }), {
      code: 'LAST_ACTIVE_WORKSPACE',
      message: 'At least one active workspace required. Create a new workspace before archiving the last one.',
    })
  })

  test('restores an archived workspace with its members, within the limit', async ({ t, f, admin }) => {
    const clientA = f.workspace('acme/client-a')
    const membersBefore = await t.db.workspaceMembership.count({ where: { workspaceId: clientA.id } })
    await archive.execute(admin, { workspaceId: clientA.id, confirmSlug: 'client-a' })
    await expectRefusal(t.db, async () => restore.execute(admin, { workspaceId: f.workspace('acme/staging').id }), {
      code: 'CONFLICT',
      message: 'Staging is not archived.',
    })

    const limit = await activeCount(t, f)
    await t.db.tenant.update({ where: { id: acmeId(f) }, data: { workspaceLimit: limit } })
    await expectRefusal(t.db, async () => restore.execute(admin, { workspaceId: clientA.id }), {
      code: 'WORKSPACE_LIMIT_REACHED',
      message: expect.stringMatching(new RegExp(`^${limit} workspaces limit reached\\.`)),
    })
    await t.db.tenant.update({ where: { id: acmeId(f) }, data: { workspaceLimit: 100 } })
    expect(await restore.execute(admin, { workspaceId: clientA.id })).toMatchObject({ ok: true })
    const restored = await t.db.workspace.findUniqueOrThrow({ where: { id: clientA.id } })
    expect(restored).toMatchObject({ status: 'ACTIVE', archivedAt: null, archivedById: null })
    expect(await t.db.workspaceMembership.count({ where: { workspaceId: clientA.id } })).toBe(membersBefore)
  })
})

describe('set default', () => {
  test('moves the default flag in one transaction and records the previous default', async ({ t, f, admin }) => {
    const staging = f.workspace('acme/staging')
    expect(await setDefault.execute(admin, { workspaceId: staging.id })).toMatchObject({ ok: true })
    expect((await defaults(t, f)).map((w) => w.id)).toEqual([staging.id])
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: acmeId(f) }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({ action: 'workspace.defaultSet', targetId: staging.id, data: { previousDefault: 'Production' } })
  })

  test('refuses an archived workspace as the default', async ({ t, f, admin }) => {
    const marketing = f.workspace('acme/marketing')
    await archive.execute(admin, { workspaceId: marketing.id, confirmSlug: 'marketing' })
    await expectRefusal(t.db, async () => setDefault.execute(admin, { workspaceId: marketing.id }), { code: 'WORKSPACE_ARCHIVED' })
  })
})

describe.runIf(onPostgres)('races (PostgreSQL)', () => {
  test('20 concurrent set-default calls on different workspaces leave exactly one default', async ({ t, f, admin: env }) => {
    const ids = ['production', 'staging', 'marketing', 'client-a'].map((slug) => f.workspace(`acme/${slug}`).id)
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => setDefault.execute(env, { workspaceId: ids[i % ids.length]! })))
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(await defaults(t, f)).toHaveLength(1)
  })

  test('20 concurrent archive attempts on the last two active workspaces leave one active', async ({ t, f, admin: env }) => {
    const [first, second] = [f.workspace('acme/marketing'), f.workspace('acme/client-a')]
    await t.sql(`UPDATE "Workspace" SET "isDefault" = false WHERE "tenantId" = $1`, [acmeId(f)])
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE "tenantId" = $1 AND NOT (id = ANY($2))`, [
      acmeId(f),
      [first.id, second.id],
    ])
    expect(await activeCount(t, f)).toBe(2)
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const target = i % 2 === 0 ? first : second
        return archive.execute(env, { workspaceId: target.id, confirmSlug: target.slug })
      }),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(await activeCount(t, f)).toBe(1)
  })

  test('concurrent creates at the limit never exceed it', async ({ t, f, admin: env }) => {
    await t.db.tenant.update({ where: { id: acmeId(f) }, data: { workspaceLimit: (await activeCount(t, f)) + 3 } })
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => create.execute(env, { name: `Parallel ${i}`, slug: `parallel-${i}`, color: 'sky' })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(9).fill('WORKSPACE_LIMIT_REACHED'))
    expect(await activeCount(t, f)).toBe((await t.db.tenant.findUniqueOrThrow({ where: { id: acmeId(f) } })).workspaceLimit)
  })

  test('concurrent creates of one slug produce one workspace; the others read the slug message', async ({ t, f, admin: env }) => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => create.execute(env, { name: `Same ${i}`, slug: 'same-slug', color: 'sky' })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const result of results.filter((r) => !r.ok)) {
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { slug: [SLUG_TAKEN] } })
    }
    expect(await t.db.workspace.count({ where: { tenantId: acmeId(f), slug: 'same-slug' } })).toBe(1)
  })
})
