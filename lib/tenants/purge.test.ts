import { describe, expect } from 'vitest'
import { verifyWholeChain } from '@/lib/audit/chain'
import { authenticate } from '@/lib/auth/credentials'
import { resolveContext } from '@/lib/context/resolve'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import { createOrganisation } from './actions/create-organisation'
import { purgeDueOrganisations, purgeOrganisation } from './purge'

/**
 * The purge of an organisation whose deletion is due (docs/architecture.md §14): nothing of
 * it is left in any table that names a tenant, found through the catalogue (a table added
 * later is covered without anyone listing it), and everything else stays.
 */

/** Every table with a tenantId column, from the catalogue, with how many rows of `tenantId` it holds. */
async function rowsOfTenant(t: TestDatabase, tenantId: string): Promise<Record<string, number>> {
  const tables = await t.sql<{ table: string }>(
    `SELECT table_name AS "table" FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'tenantId' ORDER BY table_name`,
  )
  const counts: Record<string, number> = {}
  for (const { table } of tables) {
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "tenantId" = $1`, [tenantId])
    counts[table] = row!.n
  }
  return counts
}

const schedule = (t: TestDatabase, tenantId: string, dueIn: string, byId: string) =>
  t.sql(
    `UPDATE "Tenant" SET "deletionScheduledAt" = now() - interval '8 days', "deletionDueAt" = now() + $2::interval, "deletionScheduledById" = $3 WHERE id = $1`,
    [tenantId, dueIn, byId],
  )

describe('purging an organisation', () => {
  test('leaves what is not due, or no longer scheduled, alone', async ({ t, f }) => {
    const acme = f.tenant('acme')
    await schedule(t, acme.id, '1 hour', f.user('admin@acme.test').id)
    expect(await purgeDueOrganisations(t.db)).toEqual([])
    await t.sql(`UPDATE "Tenant" SET "deletionScheduledAt" = NULL, "deletionDueAt" = NULL WHERE id = $1`, [acme.id])
    expect(await purgeOrganisation(t.db, acme.id)).toBe(false)
    expect(await t.db.tenant.count({ where: { id: acme.id } })).toBe(1)
  })

  test('removes every row of a due organisation from every table, keeps its record, and frees its slug', async ({ t, f }) => {
    const acme = f.tenant('acme')
    const globex = f.tenant('globex')
    const before = await rowsOfTenant(t, acme.id)
    // The demo gives Acme rows in most of them (the purge must have something to remove).
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThanOrEqual(8)
    expect(before.TenantDataKey).toBe(1)
    const globexBefore = await rowsOfTenant(t, globex.id)
    await schedule(t, acme.id, '-1 minute', f.user('admin@acme.test').id)

    // Two instances purging at once finish the same purge once.
    const runs = await Promise.all([purgeDueOrganisations(t.db), purgeDueOrganisations(t.db)])
    expect(runs.flat()).toContain(acme.id)

    const after = await rowsOfTenant(t, acme.id)
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([])
    expect(await t.db.tenant.count({ where: { id: acme.id } })).toBe(0)
    expect(await t.db.deletedOrganisation.findMany()).toMatchObject([
      { organisationId: acme.id, name: 'Acme Corp', slug: 'acme', deletionScheduledBy: 'admin@acme.test' },
    ])
    // Nothing of Globex changed, and its chain still verifies.
    expect(await rowsOfTenant(t, globex.id)).toEqual(globexBefore)
    expect(await verifyWholeChain(t.db, TEST_AUDIT_KEY, globex.id)).toMatchObject({ ok: true })

    // Accounts stay: one in Globex too lands there; one who was only in Acme signs in to no organisation.
    expect(await authenticate(t.db, { email: 'both@example.test', password: DEMO_PASSWORD })).toMatchObject({ ok: true })
    expect((await resolveContext(t.db, await f.claimsOf('both@example.test')))?.tenant?.slug).toBe('globex')
    expect(await authenticate(t.db, { email: 'admin@acme.test', password: DEMO_PASSWORD })).toMatchObject({ ok: true })
    expect(await resolveContext(t.db, await f.claimsOf('admin@acme.test'))).toMatchObject({ tenant: null, scheduledDeletions: [] })

    // The slug is free again.
    const again = await createOrganisation.execute(await f.envOf('admin@acme.test'), { name: 'Acme Reborn', slug: 'acme' })
    expect(again).toMatchObject({ ok: true })
  })
})
