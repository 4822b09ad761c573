import { describe, expect, it } from 'vitest'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, withSeededDatabase } from '@/test/fixtures'

let t: TestDatabase
let f: Fixtures

withSeededDatabase((opened) => ({ t, f } = opened))

/** Runs raw SQL that must be rejected by the database itself. */
async function rejected(query: string, params: unknown[] = []) {
  return t.sql(query, params).then(
    () => 'accepted',
    (error: Error) => error.message,
  )
}

describe('database-level invariants (docs/architecture.md §1)', () => {
  it('rejects malformed and duplicate workspace slugs per tenant, but allows the same slug in another tenant', async () => {
    const acme = f.tenant('acme').id
    const insert = `INSERT INTO "Workspace" (id, "tenantId", name, slug, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'X', $2, now())`
    for (const slug of ['Upper', 'double--hyphen', '-leading', 'trailing-', 'spa ce', '', 'a'.repeat(49)]) {
      expect(await rejected(insert, [acme, slug])).toMatch(/Workspace_slug_format/)
    }
    expect(await rejected(insert, [acme, 'marketing'])).toMatch(/duplicate key|unique/i)
    expect(await rejected(insert, [f.tenant('globex').id, 'marketing'])).toBe('accepted')
  })

  it('allows one default workspace per tenant, and never an archived default', async () => {
    const staging = f.workspace('acme/staging').id
    expect(await rejected(`UPDATE "Workspace" SET "isDefault" = true WHERE id = $1`, [staging])).toMatch(
      /Workspace_one_default_per_tenant|duplicate key/,
    )
    const production = f.workspace('acme/production').id
    expect(await rejected(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [production])).toMatch(
      /Workspace_default_is_active/,
    )
  })

  it('never lets a slug change', async () => {
    expect(await rejected(`UPDATE "Workspace" SET slug = 'renamed' WHERE id = $1`, [f.workspace('acme/marketing').id])).toMatch(
      /cannot change/,
    )
  })

  it('allows one membership per user per workspace', async () => {
    const member = f.user('member@acme.test').id
    expect(
      await rejected(
        `INSERT INTO "WorkspaceMembership" (id, "workspaceId", "userId", role) VALUES (gen_random_uuid()::text, $1, $2, 'workspace_viewer')`,
        [f.workspace('acme/marketing').id, member],
      ),
    ).toMatch(/duplicate key|unique/i)
  })

  it('keeps emails unique regardless of case', async () => {
    const insert = `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid()::text, $1, 'Dup', 'x', now())`
    expect(await rejected(insert, ['Admin@Acme.test'])).toMatch(/User_email_lowercase/)
    expect(await rejected(insert, ['admin@acme.test'])).toMatch(/duplicate key|unique/i)
  })

  it('keeps audit events append-only, except when the whole tenant is deleted', async () => {
    const acme = f.tenant('acme').id
    expect(await rejected(`UPDATE "AuditEvent" SET action = 'forged' WHERE "tenantId" = $1`, [acme])).toMatch(/append-only/)
    expect(await rejected(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = 1`, [acme])).toMatch(/append-only/)
    expect(
      await rejected(
        `INSERT INTO "AuditEvent" (id, "tenantId", seq, action, "targetType", "targetId", "prevHash", hash) SELECT gen_random_uuid()::text, "tenantId", seq, action, "targetType", "targetId", 'x', 'y' FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = 1`,
        [acme],
      ),
    ).toMatch(/duplicate key|unique/i)

    const globex = f.tenant('globex').id
    expect(await rejected(`DELETE FROM "Tenant" WHERE id = $1`, [globex])).toBe('accepted')
    expect(await t.sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = $1`, [globex])).toEqual([{ n: 0 }])
    expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "tenantId" = $1`, [acme]))[0]!.n).toBeGreaterThan(
      0,
    )
  })
})
