import { describe, expect } from 'vitest'
import type { TestDatabase } from '@/test/database'
import { test } from '@/test/fixtures'

/** Runs raw SQL that must be rejected by the database itself. */
async function rejected(t: TestDatabase, query: string, params: unknown[] = []) {
  return t.sql(query, params).then(
    () => 'accepted',
    (error: Error) => error.message,
  )
}

describe('database-level invariants (docs/architecture.md §1)', () => {
  test('rejects malformed and duplicate workspace slugs per tenant, but allows the same slug in another tenant', async ({ t, f }) => {
    const acme = f.tenant('acme').id
    const insert = `INSERT INTO "Workspace" (id, "tenantId", name, slug, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'X', $2, now())`
    for (const slug of ['Upper', 'double--hyphen', '-leading', 'trailing-', 'spa ce', '', 'a'.repeat(49)]) {
      expect(await rejected(t, insert, [acme, slug])).toMatch(/Workspace_slug_format/)
    }
    expect(await rejected(t, insert, [acme, 'marketing'])).toMatch(/duplicate key|unique/i)
    // Another tenant of its own (the last case deletes Globex).
    const other = await t.db.tenant.create({ data: { name: 'Initech', slug: 'initech' } })
    expect(await rejected(t, insert, [other.id, 'marketing'])).toBe('accepted')
  })

  test('allows one default workspace per tenant, and never an archived default', async ({ t, f }) => {
    const staging = f.workspace('acme/staging').id
    expect(await rejected(t, `UPDATE "Workspace" SET "isDefault" = true WHERE id = $1`, [staging])).toMatch(
      /Workspace_one_default_per_tenant|duplicate key/,
    )
    const production = f.workspace('acme/production').id
    expect(await rejected(t, `UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [production])).toMatch(
      /Workspace_default_is_active/,
    )
  })

  test('never lets a slug change', async ({ t, f }) => {
    expect(await rejected(t, `UPDATE "Workspace" SET slug = 'renamed' WHERE id = $1`, [f.workspace('acme/marketing').id])).toMatch(
      /cannot change/,
    )
  })

  test('allows one membership per user per workspace', async ({ t, f }) => {
    const member = f.user('member@acme.test').id
    expect(
      await rejected(
        t,
        `INSERT INTO "WorkspaceMembership" (id, "workspaceId", "userId", role) VALUES (gen_random_uuid()::text, $1, $2, 'workspace_viewer')`,
        [f.workspace('acme/marketing').id, member],
      ),
    ).toMatch(/duplicate key|unique/i)
  })

  test('keeps emails unique regardless of case', async ({ t }) => {
    const insert = `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid()::text, $1, 'Dup', 'x', now())`
    expect(await rejected(t, insert, ['Admin@Acme.test'])).toMatch(/User_email_lowercase/)
    expect(await rejected(t, insert, ['admin@acme.test'])).toMatch(/duplicate key|unique/i)
  })

  test('keeps audit events append-only, except when the whole tenant is deleted', async ({ t, f }) => {
    const acme = f.tenant('acme').id
    expect(await rejected(t, `UPDATE "AuditEvent" SET action = 'forged' WHERE "tenantId" = $1`, [acme])).toMatch(/append-only/)
    expect(await rejected(t, `DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = 1`, [acme])).toMatch(/append-only/)
    expect(
      await rejected(
        t,
        `INSERT INTO "AuditEvent" (id, "tenantId", seq, action, "targetType", "targetId", "prevHash", hash) SELECT gen_random_uuid()::text, "tenantId", seq, action, "targetType", "targetId", 'x', 'y' FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = 1`,
        [acme],
      ),
    ).toMatch(/duplicate key|unique/i)

    const globex = f.tenant('globex').id
    expect(await rejected(t, `DELETE FROM "Tenant" WHERE id = $1`, [globex])).toBe('accepted')
    expect(await t.sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = $1`, [globex])).toEqual([{ n: 0 }])
    expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = $1`, [acme]))[0]!.n).toBeGreaterThan(
      0,
    )
  })
})
