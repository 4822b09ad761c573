import { describe, expect, it } from 'vitest'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, TEST_AUDIT_KEY, withSeededDatabase } from '@/test/fixtures'
import { lockTenant } from '@/lib/db/tenant-lock'
import { appendAudit, GENESIS_HASH, hashEntry, verifyChain } from './chain'

let t: TestDatabase
let f: Fixtures

withSeededDatabase((opened) => ({ t, f } = opened))

describe('the audit chain', () => {
  it('links each entry to the one before with a keyed hash, and the head anchors the tail', async () => {
    const tenantId = f.tenant('acme').id
    const events = await t.db.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } })
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
    expect(events[0]!.prevHash).toBe(GENESIS_HASH)
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash)
    for (const event of events) expect(hashEntry(TEST_AUDIT_KEY, event)).toBe(event.hash)
    const head = await t.db.auditHead.findUniqueOrThrow({ where: { tenantId } })
    expect(head).toMatchObject({ seq: events.length, hash: events.at(-1)!.hash })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: true, verifiedSeq: events.length })
  })

  it('cannot be recomputed without the key', async () => {
    const tenantId = f.tenant('acme').id
    expect(await verifyChain(t.db, 'some-other-key-0123456789abcdef0123456', tenantId)).toMatchObject({ ok: false, brokenAtSeq: 1 })
  })

  it('keeps tenants apart: each has its own sequence', async () => {
    const globex = f.tenant('globex').id
    const before = await t.db.auditHead.findUniqueOrThrow({ where: { tenantId: globex } })
    const event = await t.db.$transaction(async (tx) => {
      await lockTenant(tx, globex)
      return appendAudit(tx, TEST_AUDIT_KEY, {
        tenantId: globex,
        actorId: null,
        action: 'test.event',
        targetType: 'test',
        targetId: 'x',
        data: { n: 1 },
      })
    })
    expect(event).toMatchObject({ seq: before.seq + 1, prevHash: before.hash })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, globex)).toMatchObject({ ok: true, verifiedSeq: before.seq + 1 })
  })

  it('names the first broken entry when one is edited behind the application', async () => {
    const tenantId = f.tenant('acme').id
    // The trigger refuses UPDATE; someone with table-owner rights disables it first.
    await t.sql('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"')
    await t.sql(`UPDATE "AuditEvent" SET data = '{"forged": true}' WHERE "tenantId" = $1 AND seq = 2`, [tenantId])
    await t.sql('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"')
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 2 })
  })
})
