import { describe, expect, inject } from 'vitest'
import { authenticateApiKey } from '@/lib/api-keys/authenticate'
import { issueApiKey } from '@/lib/api-keys/keys'
import { sessionCallerOf } from '@/lib/context/caller'
import { resolveContext } from '@/lib/context/resolve'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { sealTotpSecret } from '@/lib/two-factor/secret-box'
import { newTotpSecret } from '@/lib/two-factor/totp'
import { createWorkspace } from '@/lib/workspaces/actions/create-workspace'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { expectRefusal, TEST_SETTINGS, test } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import { cancelDeletion } from './actions/cancel-deletion'
import { createOrganisation } from './actions/create-organisation'
import { renameOrganisation } from './actions/rename-organisation'
import { DELETION_NEEDS_TWO_FACTOR, scheduleDeletion } from './actions/schedule-deletion'
import { ORGANISATION_SLUG_RESERVED, ORGANISATION_SLUG_TAKEN } from './schema'

/**
 * Organisations as their people see them (docs/architecture.md §14): making one, renaming
 * it, scheduling its deletion and cancelling it, and what a scheduled deletion shuts.
 */
const onPostgres = inject('databaseKind') === 'postgres'

async function giveTwoFactor(t: TestDatabase, userId: string) {
  await t.db.twoFactor.deleteMany({ where: { userId } })
  await t.db.twoFactor.create({
    data: { userId, ...sealTotpSecret(TEST_SETTINGS.encryptionKeys, userId, newTotpSecret()), confirmedAt: new Date() },
  })
}

const unschedule = (t: TestDatabase) =>
  t.sql(`UPDATE "Tenant" SET "deletionScheduledAt" = NULL, "deletionDueAt" = NULL, "deletionScheduledById" = NULL`)

describe('creating an organisation', () => {
  test('makes the person its tenant admin, with a General workspace, and records it in its own chain', async ({ t, f }) => {
    const result = await createOrganisation.execute(await f.envOf('member@acme.test'), { name: 'Mia’s Lab', slug: 'mias-lab' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const tenant = await t.db.tenant.findUniqueOrThrow({ where: { id: result.data.organisationId }, include: { memberships: true } })
    expect(tenant).toMatchObject({ name: 'Mia’s Lab', slug: 'mias-lab', createdById: f.user('member@acme.test').id })
    expect(tenant.memberships).toMatchObject([{ userId: f.user('member@acme.test').id, role: 'tenant_admin' }])
    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { id: result.data.workspaceId } })
    expect(workspace).toMatchObject({ tenantId: tenant.id, slug: 'general', isDefault: true })
    const entries = await t.db.auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { seq: 'asc' } })
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['organisation.created', f.user('member@acme.test').id],
      ['workspace.created', f.user('member@acme.test').id],
    ])
  })

  test('refuses a taken, reserved or malformed slug and an invisible character, next to the field', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    await t.sql(`UPDATE "Tenant" SET "deletionScheduledAt" = now(), "deletionDueAt" = now() + interval '7 days' WHERE slug = 'globex'`)
    try {
      const cases: [Record<string, string>, string, string | RegExp][] = [
        [{ name: 'Acme Again', slug: 'acme' }, 'slug', ORGANISATION_SLUG_TAKEN],
        // Also while the organisation that holds it waits to be purged.
        [{ name: 'Globex Again', slug: 'globex' }, 'slug', ORGANISATION_SLUG_TAKEN],
        [{ name: 'Platform', slug: 'platform' }, 'slug', ORGANISATION_SLUG_RESERVED],
        [{ name: 'Spaces', slug: 'two  words' }, 'slug', /lowercase/],
        [{ name: 'Evil\u202Eliam', slug: 'evil' }, 'name', /invisible/],
      ]
      for (const [input, field, message] of cases) {
        await expectRefusal(t.db, () => createOrganisation.execute(env, input), {
          code: 'VALIDATION',
          fieldErrors: { [field]: [expect.stringMatching(message)] },
        })
      }
    } finally {
      await unschedule(t)
    }
  })

  test('stops at the per-account limit with a clear message', async ({ t, f }) => {
    await t.sql(`UPDATE "Instance" SET "organisationsPerAccount" = 1`)
    try {
      const env = await f.envOf('viewer@acme.test')
      expect(await createOrganisation.execute(env, { name: 'Vic One', slug: 'vic-one' })).toMatchObject({ ok: true })
      await expectRefusal(t.db, () => createOrganisation.execute(env, { name: 'Vic Two', slug: 'vic-two' }), {
        code: 'ORGANISATION_LIMIT_REACHED',
        message:
          'One account may create 1 organisation on this instance, and you have created 1. Delete one you no longer use, or ask a platform operator.',
      })
    } finally {
      await t.sql(`UPDATE "Instance" SET "organisationsPerAccount" = 10`)
    }
  })

  test('is refused to an unverified address, and to everyone but operators when the instance says so', async ({ t, f }) => {
    const auditor = f.user('auditor@acme.test')
    const env = await f.envOf('auditor@acme.test')
    await t.sql(`UPDATE "User" SET "emailVerifiedAt" = NULL WHERE id = $1`, [auditor.id])
    try {
      await expectRefusal(t.db, () => createOrganisation.execute(env, { name: 'Aud', slug: 'aud' }), { code: 'EMAIL_NOT_VERIFIED' })
    } finally {
      await t.sql(`UPDATE "User" SET "emailVerifiedAt" = now() WHERE id = $1`, [auditor.id])
    }
    await t.sql(`UPDATE "Instance" SET "organisationCreation" = 'operators'`)
    try {
      await expectRefusal(t.db, () => createOrganisation.execute(env, { name: 'Aud', slug: 'aud' }), { code: 'FORBIDDEN' })
    } finally {
      await t.sql(`UPDATE "Instance" SET "organisationCreation" = 'anyone'`)
    }
  })
})

describe('organisation settings', () => {
  test('a tenant admin renames it; the slug never changes, whoever asks the database', async ({ t, f }) => {
    const acme = f.tenant('acme')
    expect(await renameOrganisation.execute(await f.envOf('admin@acme.test'), { name: 'Acme Corporation' })).toMatchObject({ ok: true })
    expect(await t.db.tenant.findUniqueOrThrow({ where: { id: acme.id } })).toMatchObject({ name: 'Acme Corporation', slug: 'acme' })
    await expect(t.sql(`UPDATE "Tenant" SET slug = 'acme-2' WHERE id = $1`, [acme.id])).rejects.toThrow(/cannot change/)
    await t.sql(`UPDATE "Tenant" SET name = 'Acme Corp' WHERE id = $1`, [acme.id])
  })
})

describe('scheduling a deletion', () => {
  test('asks for the slug, two-factor authentication and the password, each refused with nothing changed', async ({ t, f }) => {
    const admin = f.user('admin@acme.test')
    const env = await f.envOf('admin@acme.test')
    await t.db.twoFactor.deleteMany({ where: { userId: admin.id } })
    await expectRefusal(t.db, () => scheduleDeletion.execute(env, { confirmSlug: 'acme', password: DEMO_PASSWORD }), {
      code: 'FORBIDDEN',
      message: DELETION_NEEDS_TWO_FACTOR,
    })
    await giveTwoFactor(t, admin.id)
    await expectRefusal(t.db, () => scheduleDeletion.execute(env, { confirmSlug: 'acme-corp', password: DEMO_PASSWORD }), {
      code: 'VALIDATION',
      fieldErrors: { confirmSlug: ['Type acme to confirm.'] },
    })
    const before = await t.db.tenant.findUniqueOrThrow({ where: { id: f.tenant('acme').id } })
    expect(await scheduleDeletion.execute(env, { confirmSlug: 'acme', password: 'not-the-password' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { password: ['This is not your password.'] },
    })
    expect(await t.db.tenant.findUniqueOrThrow({ where: { id: f.tenant('acme').id } })).toEqual(before)
    await t.db.twoFactor.deleteMany({ where: { userId: admin.id } })
    await t.db.authThrottle.deleteMany()
  })

  test('shuts the organisation: no action, no API key, no session enters it; a tenant admin cancels from outside', async ({ t, f }) => {
    const acme = f.tenant('acme')
    const admin = f.user('admin@acme.test')
    await giveTwoFactor(t, admin.id)
    const { key } = await t.db.$transaction((tx) =>
      issueApiKey(tx, {
        tenantId: acme.id,
        workspaceId: null,
        name: 'Before',
        scopes: ['read'],
        expiresAt: new Date(Date.now() + 86_400_000),
        createdById: admin.id,
      }),
    )
    expect(await authenticateApiKey(t.db, `Bearer ${key}`)).toMatchObject({ ok: true })
    const env = await f.envOf('admin@acme.test')
    // A call whose caller was read just before the schedule committed: the tenant lock still stops it.
    const inFlight = sessionCallerOf((await resolveContext(t.db, await f.claimsOf('wsadmin@acme.test')))!)
    const scheduled = await scheduleDeletion.execute(env, { confirmSlug: 'acme', password: DEMO_PASSWORD })
    expect(scheduled).toMatchObject({ ok: true })
    try {
      const dueAt = scheduled.ok ? scheduled.data.dueAt : new Date(0)
      expect(dueAt.getTime() - Date.now()).toBeGreaterThan(TEST_SETTINGS.organisationDeletionGraceMs - 60_000)

      // Nobody acts in it any more: a session is no longer in it, and a call already under way is
      // refused under the tenant lock. Its keys are refused like revoked ones.
      await expectRefusal(t.db, () => createWorkspace.execute(env, { name: 'After', slug: 'after', color: 'teal' }), { code: 'NOT_FOUND' })
      const marketing = f.workspace('acme/marketing')
      await expectRefusal(
        t.db,
        () =>
          updateWorkspaceSettings.execute(
            { ...env, caller: async () => inFlight },
            { workspaceId: marketing.id, name: 'After', description: '', color: 'teal' },
          ),
        { code: 'ORGANISATION_DELETION_SCHEDULED' },
      )
      expect(await authenticateApiKey(t.db, `Bearer ${key}`)).toEqual({ ok: false, status: 401 })

      // Sessions move to another organisation of the person's, or to none; the schedule is listed for them.
      const both = await f.claimsOf('both@example.test')
      const moved = await resolveContext(t.db, { ...both, tenantId: acme.id })
      expect(moved?.tenant?.slug).toBe('globex')
      const stranded = await resolveContext(t.db, await f.claimsOf('admin@acme.test'))
      expect(stranded).toMatchObject({ tenant: null, workspace: null, switcher: [] })
      expect(stranded?.scheduledDeletions).toMatchObject([{ id: acme.id, slug: 'acme', mayCancel: true }])

      // Someone of another organisation cannot cancel it; a member of it who is no tenant admin may not either.
      const [globexAdmin, acmeMember] = [await f.envOf('admin@globex.test'), await f.envOf('member@acme.test')]
      await expectRefusal(t.db, () => cancelDeletion.execute(globexAdmin, { organisationId: acme.id }), { code: 'NOT_FOUND' })
      await expectRefusal(t.db, () => cancelDeletion.execute(acmeMember, { organisationId: acme.id }), { code: 'FORBIDDEN' })
      expect(await cancelDeletion.execute(await f.envOf('admin@acme.test'), { organisationId: acme.id })).toMatchObject({ ok: true })
      expect(await authenticateApiKey(t.db, `Bearer ${key}`)).toMatchObject({ ok: true })
      expect(await createWorkspace.execute(env, { name: 'After cancel', slug: 'after-cancel', color: 'teal' })).toMatchObject({ ok: true })
      const actions = await t.db.auditEvent.findMany({ where: { tenantId: acme.id }, orderBy: { seq: 'desc' }, take: 3 })
      expect(actions.map((e) => e.action)).toEqual([
        'workspace.created',
        'organisation.deletionCancelled',
        'organisation.deletionScheduled',
      ])
    } finally {
      await unschedule(t)
      await t.db.twoFactor.deleteMany({ where: { userId: admin.id } })
      await f.resetWorkspaceLifecycle()
    }
  })

  test('cannot be cancelled once its purge has begun', async ({ t, f }) => {
    const acme = f.tenant('acme')
    await t.sql(`UPDATE "Tenant" SET "deletionScheduledAt" = now(), "deletionDueAt" = now(), "purgeStartedAt" = now() WHERE id = $1`, [
      acme.id,
    ])
    try {
      const env = await f.envOf('admin@acme.test')
      await expectRefusal(t.db, () => cancelDeletion.execute(env, { organisationId: acme.id }), { code: 'CONFLICT' })
      await expect(t.sql(`UPDATE "Tenant" SET "purgeStartedAt" = NULL WHERE id = $1`, [acme.id])).rejects.toThrow(/being purged/)
    } finally {
      await t.behindAtriumsBack(
        (tx) => tx.$executeRaw`UPDATE "Tenant" SET "purgeStartedAt" = NULL, "deletionScheduledAt" = NULL, "deletionDueAt" = NULL`,
      )
    }
  })
})

describe.runIf(onPostgres)('races (PostgreSQL)', () => {
  test('20 parallel organisations over the per-account limit never pass it', async ({ t, f }) => {
    await t.sql(`UPDATE "Instance" SET "organisationsPerAccount" = 3`)
    try {
      const env = await f.envOf('wsadmin@acme.test')
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => createOrganisation.execute(env, { name: `Walt ${i}`, slug: `walt-${i}` })),
      )
      expect(results.filter((r) => r.ok)).toHaveLength(3)
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(17).fill('ORGANISATION_LIMIT_REACHED'))
      expect(await t.db.tenant.count({ where: { createdById: f.user('wsadmin@acme.test').id } })).toBe(3)
    } finally {
      await t.sql(`UPDATE "Instance" SET "organisationsPerAccount" = 10`)
    }
  })

  test('no action completes in the organisation after its deletion is scheduled', async ({ t, f }) => {
    const acme = f.tenant('acme')
    const admin = f.user('admin@acme.test')
    await giveTwoFactor(t, admin.id)
    // The tenant lock is held while calls queue up behind it: four, the schedule, four more (the
    // pool has ten connections). Each call has read its caller (still in Acme) before it waits;
    // the lock is granted in turn.
    const holder = await t.runtimeSession()
    await holder.sql(`BEGIN`)
    await holder.sql(`SELECT set_config('app.cross_tenant', 'tests', true)`)
    await holder.sql(`SELECT id FROM "Tenant" WHERE id = $1 FOR UPDATE`, [acme.id])
    const waiting = async (count: number) => {
      for (;;) {
        const [row] = await t.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
        if (row!.n >= count) return
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    try {
      const env = await f.envOf('admin@acme.test')
      const create = (i: number) => createWorkspace.execute(env, { name: `Racing ${i}`, slug: `racing-${i}`, color: 'teal' })
      const before = Array.from({ length: 4 }, (_, i) => create(i))
      await waiting(4)
      const schedule = scheduleDeletion.execute(env, { confirmSlug: 'acme', password: DEMO_PASSWORD })
      await waiting(5)
      const after = Array.from({ length: 4 }, (_, i) => create(i + 4))
      await waiting(9)
      await holder.sql(`COMMIT`)
      const results = await Promise.all([...before, schedule, ...after])
      expect(results[4]).toMatchObject({ ok: true })
      for (const result of results) if (!result.ok) expect(result.code).toBe('ORGANISATION_DELETION_SCHEDULED')
      const scheduled = await t.db.auditEvent.findFirstOrThrow({
        where: { tenantId: acme.id, action: 'organisation.deletionScheduled' },
        orderBy: { seq: 'desc' },
      })
      expect(await t.db.auditEvent.count({ where: { tenantId: acme.id, seq: { gt: scheduled.seq } } })).toBe(0)
      const created = results.filter((r, i) => i !== 4 && r.ok).length
      expect(await t.db.workspace.count({ where: { tenantId: acme.id, slug: { startsWith: 'racing-' } } })).toBe(created)
      // Those queued before it completed; those queued behind it were all refused.
      expect(results.slice(0, 4).filter((r) => !r.ok)).toEqual([])
      expect(results.slice(5).filter((r) => r.ok)).toEqual([])
    } finally {
      await holder.end()
      await unschedule(t)
      await t.db.twoFactor.deleteMany({ where: { userId: admin.id } })
      await t.db.workspace.deleteMany({ where: { slug: { startsWith: 'racing-' } } })
    }
  })
})
