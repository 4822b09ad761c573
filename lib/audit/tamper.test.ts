import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { seedFixtures, TEST_AUDIT_KEY } from '@/test/fixtures'
import { updateWorkspaceSettingsDefinition } from '@/lib/workspaces/service'
import { verifyChain } from './chain'
import { createCheckpoint, verifyWithCheckpoint } from './checkpoint'

let t: TestDatabase
let f: Awaited<ReturnType<typeof seedFixtures>>
let tenantId: string

// Every case tampers with a fresh chain, as someone with write access to the database
// (but not the key) would: as the table owner, who can switch the append-only trigger off.
beforeEach(async () => {
  t = await createTestDatabase()
  f = await seedFixtures(t.db)
  tenantId = f.tenant('acme').id
  const env = await f.envOf('admin@acme.test')
  for (let i = 0; i < 5; i++) {
    await updateWorkspaceSettingsDefinition.execute(env, {
      workspaceId: f.workspace('acme/marketing').id,
      name: `Marketing ${i}`,
      color: 'pink',
    })
  }
  await t.sql('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"')
})
afterEach(() => t.close())

const head = async () => (await t.db.auditHead.findUniqueOrThrow({ where: { tenantId } })).seq

describe('verification names the first broken entry', () => {
  it('when an entry was edited', async () => {
    await t.sql(`UPDATE "AuditEvent" SET data = '{"after": {"name": "Forged"}}' WHERE "tenantId" = $1 AND seq = 4`, [tenantId])
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 4 })
  })

  it('when an entry in the middle was deleted', async () => {
    await t.sql(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = 6`, [tenantId])
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 6, reason: 'entry #6 is missing' })
  })

  it('when entries were reordered', async () => {
    // Swap #3 and #5 through a free number (unique (tenantId, seq) forbids a direct swap).
    const last = await head()
    await t.sql(`UPDATE "AuditEvent" SET seq = $2 WHERE "tenantId" = $1 AND seq = 3`, [tenantId, last + 100])
    await t.sql(`UPDATE "AuditEvent" SET seq = 3 WHERE "tenantId" = $1 AND seq = 5`, [tenantId])
    await t.sql(`UPDATE "AuditEvent" SET seq = 5 WHERE "tenantId" = $1 AND seq = $2`, [tenantId, last + 100])
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 3 })
  })

  it('when the newest entries were removed (the head row anchors the tail)', async () => {
    const last = await head()
    await t.sql(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq > $2`, [tenantId, last - 2])
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: last - 1 })
  })

  it('when the newest entries were removed and the head moved back: only a checkpoint shows it', async () => {
    const checkpoint = await createCheckpoint(t.db, TEST_AUDIT_KEY, 'acme')
    const last = await head()
    const kept = await t.db.auditEvent.findUniqueOrThrow({ where: { tenantId_seq: { tenantId, seq: last - 2 } } })
    await t.sql(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq > $2`, [tenantId, last - 2])
    await t.sql(`UPDATE "AuditHead" SET seq = $2, hash = $3 WHERE "tenantId" = $1`, [tenantId, kept.seq, kept.hash])
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: true })
    expect(await verifyWithCheckpoint(t.db, TEST_AUDIT_KEY, checkpoint)).toMatchObject({ ok: false, brokenAtSeq: last - 1 })
  })

  it('accepts an intact chain against its checkpoint, and refuses a forged checkpoint', async () => {
    const checkpoint = await createCheckpoint(t.db, TEST_AUDIT_KEY, 'acme')
    expect(await verifyWithCheckpoint(t.db, TEST_AUDIT_KEY, checkpoint)).toMatchObject({ ok: true, verifiedSeq: checkpoint.seq })
    expect(await verifyWithCheckpoint(t.db, TEST_AUDIT_KEY, { ...checkpoint, seq: checkpoint.seq - 1 })).toMatchObject({
      ok: false,
      reason: 'the checkpoint signature is not valid',
    })
  })
})
