import { randomUUID } from 'node:crypto'
import { describe, expect, inject } from 'vitest'
import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { tenantDb, withScope } from '@/lib/db/scope'
import { tenantWorkspacesPage, workspacesQuery } from '@/lib/workspaces/queries'
import { test } from '@/test/fixtures'
import { RUNTIME_ROLE } from './runtime-role'

/**
 * Row-level security (docs/architecture.md §1a), on whichever database the suite runs on:
 * the catalogue of policies, what SQL through the runtime role meets with and without a
 * tenant set, the app's own paths with their tenant filter removed, and the release path.
 */

/** Tables that belong to a person or to the platform, not to a tenant: no tenant policy, for the reasons in §1a. */
const NOT_TENANT_OWNED = [
  'User',
  'UserSession',
  'AuthThrottle',
  'SecurityEvent',
  'PasswordReset',
  'SignInTicket',
  'TwoFactor',
  'RecoveryCode',
  'ApiRateWindow',
  'ReleaseApplication',
  'SignUpRequest',
  'Instance',
  'DeletedOrganisation',
  'PlatformAuditEvent',
  'PlatformAuditHead',
]

interface TableFacts {
  name: string
  hasTenantId: boolean
  rls: boolean
  forced: boolean
  policies: number
}

const catalogue = (sql: (query: string) => Promise<unknown[]>) =>
  sql(
    `SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
            EXISTS (SELECT 1 FROM information_schema.columns col
                     WHERE col.table_schema = n.nspname AND col.table_name = c.relname AND col.column_name = 'tenantId') AS "hasTenantId",
            (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname) AS policies
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
      ORDER BY c.relname`,
  ) as Promise<TableFacts[]>

describe('row-level security', () => {
  test('every table is either tenant-owned, with RLS enabled, forced and a policy, or listed as a person’s or the platform’s', async ({
    t,
  }) => {
    const tables = await catalogue(t.sql)
    const unprotected = tables.filter((table) => !(table.rls && table.forced && table.policies > 0)).map((table) => table.name)
    // A new table with a tenantId and no policy fails here, and so does a new table nobody classified.
    expect(unprotected.sort()).toEqual([...NOT_TENANT_OWNED].sort())
    for (const table of tables.filter((table) => table.hasTenantId)) expect(NOT_TENANT_OWNED).not.toContain(table.name)
  })

  test('the runtime role owns nothing and cannot bypass row-level security', async ({ t }) => {
    const [role] = await t.sql<{ rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
      `SELECT rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owns FROM pg_roles r WHERE rolname = $1`,
      [RUNTIME_ROLE],
    )
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owns: 0 })
    // And the app's own queries run as it, on either database.
    const [current] = await t.db.$queryRaw<{ user: string }[]>`SELECT current_user AS "user"`
    expect(current?.user).toBe(RUNTIME_ROLE)
  })

  test('with no tenant set, every tenant-owned table reads as empty and refuses a row', async ({ t, f }) => {
    // The demo has no support session: one of the operator's in Acme, so that table has a row to hide too.
    await t.sql(
      `INSERT INTO "SupportSession" (id, "tenantId", "operatorId", reason, "durationMinutes") VALUES ($1, $2, $3, 'A look', 60)`,
      [randomUUID(), f.tenant('acme').id, f.user('operator@atrium.test').id],
    )
    const owned = (await catalogue(t.sql)).filter((table) => !NOT_TENANT_OWNED.includes(table.name))
    const rows = await Promise.all(
      owned.map(async ({ name }) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`))[0]!.n),
    )
    // The demo fills most of them, so reading nothing is the policy's doing.
    expect(rows.filter((n) => n > 0).length).toBeGreaterThan(owned.length - 5)
    const acme = f.tenant('acme').id
    const session = await t.runtimeSession()
    try {
      for (const { name, hasTenantId } of owned) {
        expect(await session.sql(`SELECT count(*)::int AS n FROM "${name}"`), name).toEqual([{ n: 0 }])
        // The policy is checked before the table's own constraints, so a row naming its tenant alone shows it.
        const [column, value] = hasTenantId
          ? ['tenantId', acme]
          : name === 'Tenant'
            ? ['id', acme]
            : ['workspaceId', f.workspace('acme/marketing').id]
        await expect(session.sql(`INSERT INTO "${name}" ("${column}") VALUES ($1)`, [value]), name).rejects.toThrow(/row-level security/)
      }
    } finally {
      await session.end()
    }
  })

  test('with Acme set, Globex’s rows are invisible and no row moves to Globex', async ({ t, f }) => {
    const acme = f.tenant('acme').id
    const globex = f.tenant('globex').id
    const owned = (await catalogue(t.sql)).filter((table) => table.hasTenantId)
    const session = await t.runtimeSession()
    try {
      await session.sql(`SELECT set_config('app.tenant_id', $1, false)`, [acme])
      for (const { name } of owned) {
        const countIn = async (tenant: string) =>
          (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" WHERE "tenantId" = $1`, [tenant]))[0]!.n
        const globexRows = await countIn(globex)
        const acmeRows = await countIn(acme)
        expect(await session.sql(`SELECT count(*)::int AS n FROM "${name}" WHERE "tenantId" = $1`, [globex]), name).toEqual([{ n: 0 }])
        expect(await session.sql(`SELECT count(*)::int AS n FROM "${name}"`), name).toEqual([{ n: acmeRows }])
        // Refused (by the policy, or first by a table's own guard such as the audit chain's), and nothing moved.
        if (acmeRows > 0) await expect(session.sql(`UPDATE "${name}" SET "tenantId" = $1`, [globex]), name).rejects.toThrow()
        expect(await t.sql(`SELECT count(*)::int AS n FROM "${name}" WHERE "tenantId" = $1`, [globex]), name).toEqual([{ n: globexRows }])
      }
      for (const name of ['Workspace', 'TenantMembership', 'Environment']) {
        await expect(session.sql(`UPDATE "${name}" SET "tenantId" = $1`, [globex]), name).rejects.toThrow(/row-level security/)
      }
      expect(await session.sql(`SELECT count(*)::int AS n FROM "Tenant"`)).toEqual([{ n: 1 }])
    } finally {
      await session.end()
    }
  })

  test('the app’s own code with its tenant filter removed still sees its tenant alone', async ({ t, f }) => {
    const acme = f.tenant('acme')
    const globex = f.tenant('globex')
    const everyWorkspace = await t.db.workspace.count()
    // A page's query told the wrong tenant (its filter as good as gone): the database answers with nothing of Globex's.
    const page = await tenantWorkspacesPage(tenantDb(t.db, acme.id), globex.id, workspacesQuery.parse({}))
    expect(page.rows).toEqual([])
    // The same query with no filter at all, through a page's client and inside an action.
    const acmeWorkspaces = await t.db.workspace.findMany({ where: { tenantId: acme.id }, select: { id: true } })
    expect(await tenantDb(t.db, acme.id).workspace.findMany({ select: { id: true } })).toEqual(expect.arrayContaining(acmeWorkspaces))
    expect(await tenantDb(t.db, acme.id).workspace.count()).toBe(acmeWorkspaces.length)
    expect(acmeWorkspaces.length).toBeLessThan(everyWorkspace)
    const forgetful = defineAction({
      name: 'test.listEveryWorkspace',
      input: z.object({}),
      permission: 'workspace.read',
      run: (tx) => tx.workspace.findMany({ select: { id: true } }),
    })
    const result = await forgetful.execute(await f.envOf('admin@acme.test'), {})
    expect(result).toEqual({ ok: true, data: expect.arrayContaining(acmeWorkspaces) })
    expect(result.ok && result.data.length).toBe(acmeWorkspaces.length)
    // And a write into Globex from Acme's scope is refused, not redirected.
    await expect(
      withScope({ tenantId: acme.id }, () => t.db.workspace.create({ data: { tenantId: globex.id, name: 'Planted', slug: 'planted' } })),
    ).rejects.toThrow(/row-level security/)
  })
})

describe('the release path', () => {
  test('no setting opens a protected environment to SQL through the runtime role', async ({ t }) => {
    const [resource] = await t.sql<{ id: string; spec: object; tenantId: string }>(
      `SELECT r.id, r.spec, r."tenantId" FROM "Resource" r JOIN "Environment" e ON e.id = r."environmentId"
        WHERE e."isProtected" AND r.spec IS NOT NULL LIMIT 1`,
    )
    expect(resource).toBeDefined()
    const workspace = { tenantId: resource!.tenantId }
    const session = await t.runtimeSession()
    try {
      await session.sql(`SELECT set_config('app.tenant_id', $1, false)`, [workspace.tenantId])
      // The setting the guard used to trust, and the grant table written directly: both refused.
      await session.sql(`SET atrium.applying_release = 'on'`)
      await expect(session.sql(`UPDATE "Resource" SET spec = '{"model":"shady/model"}' WHERE id = $1`, [resource!.id])).rejects.toThrow(
        /protected/,
      )
      await expect(session.sql(`INSERT INTO "ReleaseApplication" VALUES (pg_current_xact_id()::text::bigint, 'x', 'y')`)).rejects.toThrow(
        /permission denied/,
      )
      // The function that grants it asks for an approved release of this tenant.
      const [draft] = await t.sql<{ id: string }>(`SELECT id FROM "Release" WHERE "tenantId" = $1 AND status <> 'approved' LIMIT 1`, [
        workspace.tenantId,
      ])
      await expect(session.sql(`SELECT "atrium_begin_release_apply"($1)`, [draft!.id])).rejects.toThrow(/approved release/)
    } finally {
      await session.end()
    }
    expect(await t.sql(`SELECT spec FROM "Resource" WHERE id = $1`, [resource!.id])).toEqual([{ spec: resource!.spec }])
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('the connecting role (PostgreSQL)', () => {
  test('a dedicated login role in the runtime role is used as it is; the superuser is switched', async ({ t }) => {
    const { runtimeRoleNeeded } = await import('./runtime-role')
    const { databaseUrl } = await import('@/test/postgres')
    const [database] = await t.sql<{ name: string }>('SELECT current_database() AS name')
    const superuser = databaseUrl(inject('migratedSnapshot'), database!.name)
    expect(await runtimeRoleNeeded(superuser)).toMatch(/can bypass row-level security.*switches to atrium_app.*dedicated role is safer/)
    await t.sql(`DO $$ BEGIN CREATE ROLE atrium_test_login LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE ${RUNTIME_ROLE};
                 EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`)
    const dedicated = new URL(superuser)
    dedicated.username = 'atrium_test_login'
    expect(await runtimeRoleNeeded(dedicated.toString())).toBeNull()
  })
})
