import { describe, expect } from 'vitest'
import { verifyPlatformLog } from '@/lib/audit/platform-log'
import type { Tx } from '@/lib/db/client'
import { DEMO_OPERATOR } from '@/lib/demo/seed'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import type { Fixtures } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import { reactivateOrganisation } from './actions/reactivate-organisation'
import { setWorkspaceLimit } from './actions/set-workspace-limit'
import { suspendOrganisation } from './actions/suspend-organisation'

/**
 * The platform log (docs/architecture.md §15): every operator action, in the organisation's
 * chain and in the log, which verifies like a tenant's chain and shows the same tampering.
 */
const ROLLED_BACK = new Error('rolled back')

/** Tampers as the tables' owner would (triggers off), verifies inside that transaction, then undoes it all. */
async function verifiedAfter(t: TestDatabase, tamper: (tx: Tx) => Promise<unknown>) {
  let result: Awaited<ReturnType<typeof verifyPlatformLog>> | undefined
  await t
    .behindAtriumsBack(async (tx) => {
      await tamper(tx)
      result = await verifyPlatformLog(tx, TEST_AUDIT_KEY, { beyondHead: true })
      throw ROLLED_BACK
    })
    .catch((error: unknown) => {
      if (error !== ROLLED_BACK) throw error
    })
  return result!
}

async function operatorActions(f: Fixtures, count: number) {
  const operator = await f.envOf(DEMO_OPERATOR.email)
  const tenantId = f.tenant('globex').id
  for (let i = 0; i < count; i++) {
    expect(await setWorkspaceLimit.execute(operator, { tenantId, limit: 50 + i })).toMatchObject({ ok: true })
  }
}

describe('the platform log', () => {
  test('records an operator’s action in the organisation’s chain and in the log, and turns others away', async ({ t, f }) => {
    const operator = await f.envOf(DEMO_OPERATOR.email)
    const acme = f.tenant('acme').id
    const before = await t.db.platformAuditEvent.count()
    expect(await suspendOrganisation.execute(operator, { tenantId: acme, reason: 'Unpaid invoices' })).toMatchObject({ ok: true })
    expect(await suspendOrganisation.execute(operator, { tenantId: acme, reason: 'Again' })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await reactivateOrganisation.execute(operator, { tenantId: acme })).toMatchObject({ ok: true })
    const logged = await t.db.platformAuditEvent.findMany({ where: { seq: { gt: before } }, orderBy: { seq: 'asc' } })
    expect(logged.map((e) => [e.action, e.organisationId, e.actorId])).toEqual([
      ['organisation.suspended', acme, f.user(DEMO_OPERATOR.email).id],
      ['organisation.reactivated', acme, f.user(DEMO_OPERATOR.email).id],
    ])
    expect(
      await t.db.auditEvent.count({ where: { tenantId: acme, action: { in: ['organisation.suspended', 'organisation.reactivated'] } } }),
    ).toBe(2)
    // A tenant admin is no operator: refused, and nothing is written.
    const admin = await f.envOf('admin@acme.test')
    expect(await suspendOrganisation.execute(admin, { tenantId: acme, reason: 'Mine' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // An operator without two-factor authentication is asked to set it up first.
    await t.sql(`UPDATE "User" SET "isPlatformAdmin" = true WHERE email = 'admin@globex.test'`)
    try {
      const unprotected = await f.envOf('admin@globex.test')
      expect(await suspendOrganisation.execute(unprotected, { tenantId: acme, reason: 'x' })).toMatchObject({
        ok: false,
        code: 'TWO_FACTOR_REQUIRED',
      })
    } finally {
      await t.sql(`UPDATE "User" SET "isPlatformAdmin" = false WHERE email = 'admin@globex.test'`)
    }
    expect(await verifyPlatformLog(t.db, TEST_AUDIT_KEY)).toMatchObject({ ok: true })
  })

  test('is append-only for the app', async ({ t, f }) => {
    await operatorActions(f, 1)
    const session = await t.runtimeSession()
    try {
      await expect(session.sql(`UPDATE "PlatformAuditEvent" SET action = 'forged'`)).rejects.toThrow()
      await expect(session.sql(`DELETE FROM "PlatformAuditEvent"`)).rejects.toThrow()
    } finally {
      await session.end()
    }
    await expect(t.sql(`UPDATE "PlatformAuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/)
  })

  describe('verification names the first broken entry', () => {
    test('when an entry was edited', async ({ t, f }) => {
      await operatorActions(f, 5)
      const seq = (await t.db.platformAuditHead.findUniqueOrThrow({ where: { id: 1 } })).seq - 2
      const result = await verifiedAfter(
        t,
        (tx) => tx.$executeRaw`UPDATE "PlatformAuditEvent" SET data = '{"to": 9999}' WHERE seq = ${seq}`,
      )
      expect(result).toMatchObject({ ok: false, brokenAtSeq: seq })
    })

    test('when an entry in the middle was deleted', async ({ t, f }) => {
      await operatorActions(f, 3)
      const seq = (await t.db.platformAuditHead.findUniqueOrThrow({ where: { id: 1 } })).seq - 1
      const result = await verifiedAfter(t, (tx) => tx.$executeRaw`DELETE FROM "PlatformAuditEvent" WHERE seq = ${seq}`)
      expect(result).toMatchObject({ ok: false, brokenAtSeq: seq, reason: `entry #${seq} is missing` })
    })

    test('when entries were reordered', async ({ t, f }) => {
      await operatorActions(f, 3)
      const last = (await t.db.platformAuditHead.findUniqueOrThrow({ where: { id: 1 } })).seq
      const result = await verifiedAfter(t, async (tx) => {
        await tx.$executeRaw`UPDATE "PlatformAuditEvent" SET seq = ${last + 100} WHERE seq = ${last - 2}`
        await tx.$executeRaw`UPDATE "PlatformAuditEvent" SET seq = ${last - 2} WHERE seq = ${last}`
        await tx.$executeRaw`UPDATE "PlatformAuditEvent" SET seq = ${last} WHERE seq = ${last + 100}`
      })
      expect(result).toMatchObject({ ok: false, brokenAtSeq: last - 2 })
    })

    test('when the newest entries were removed, and when the head was moved back over entries that remain', async ({ t, f }) => {
      await operatorActions(f, 3)
      const last = (await t.db.platformAuditHead.findUniqueOrThrow({ where: { id: 1 } })).seq
      expect(await verifiedAfter(t, (tx) => tx.$executeRaw`DELETE FROM "PlatformAuditEvent" WHERE seq > ${last - 2}`)).toMatchObject({
        ok: false,
        brokenAtSeq: last - 1,
      })
      const earlier = await t.db.platformAuditEvent.findUniqueOrThrow({ where: { seq: last - 2 } })
      const movedBack = await verifiedAfter(
        t,
        (tx) => tx.$executeRaw`UPDATE "PlatformAuditHead" SET seq = ${earlier.seq}, hash = ${earlier.hash}`,
      )
      expect(movedBack).toMatchObject({ ok: false, brokenAtSeq: last - 1 })
      // Untouched, it verifies.
      expect(await verifyPlatformLog(t.db, TEST_AUDIT_KEY, { beyondHead: true })).toMatchObject({ ok: true })
    })
  })
})
