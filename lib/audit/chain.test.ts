import { describe, expect } from 'vitest'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import { lockTenant } from '@/lib/db/tenant-lock'
import { appendAudit, GENESIS_HASH, hashEntry, verifyChain } from './chain'

describe('the audit chain', () => {
  test('links each entry to the one before with a keyed hash, and the head anchors the tail', async ({ t, f }) => {
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

  test('cannot be recomputed without the key', async ({ t, f }) => {
    const tenantId = f.tenant('acme').id
    expect(await verifyChain(t.db, 'some-other-key-0123456789abcdef0123456', tenantId)).toMatchObject({ ok: false, brokenAtSeq: 1 })
  })

  test('keeps tenants apart: each has its own sequence', async ({ t, f }) => {
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

  test('names the first broken entry when one is edited behind the application', async ({ t, f, onTestFinished }) => {
    const tenantId = f.tenant('acme').id
    const edited = await t.db.auditEvent.findUniqueOrThrow({ where: { tenantId_seq: { tenantId, seq: 2 } } })
    // The trigger refuses UPDATE; someone with table-owner rights disables it first.
    const behindTheApplication = async (data: string) => {
      await t.sql('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"')
      await t.sql(`UPDATE "AuditEvent" SET data = $2::jsonb WHERE "tenantId" = $1 AND seq = 2`, [tenantId, data])
      await t.sql('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"')
    }
    // The entry as it was afterwards, so the chain is whole again for the other cases.
    onTestFinished(() => behindTheApplication(JSON.stringify(edited.data)))
    await behindTheApplication('{"forged": true}')
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 2 })
  })
})
