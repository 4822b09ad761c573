import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { seedFixtures, TEST_AUDIT_KEY } from '@/test/fixtures'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { verifyChain, verifyWholeChain } from './chain'
import { createCheckpoint, verifyWithCheckpoint } from './checkpoint'
import { recordVerification, verifySinceMark } from './verified-mark'
import { openDatabase } from '@/lib/db/client'
import { countStatements } from '@/lib/db/statement-counter'

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
    await updateWorkspaceSettings.execute(env, {
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

  it('when the head was moved back over entries that remain: the whole-chain verification', async () => {
    const last = await head()
    const earlier = await t.db.auditEvent.findUniqueOrThrow({ where: { tenantId_seq: { tenantId, seq: last - 2 } } })
    await t.sql(`UPDATE "AuditHead" SET seq = $2, hash = $3 WHERE "tenantId" = $1`, [tenantId, earlier.seq, earlier.hash])
    expect(await verifyWholeChain(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: last - 1 })
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

describe('a view verifies what was appended since the last verification, and still finds tampering', () => {
  let mark: number

  // The chain is verified up to its head (the mark), then three more entries are appended.
  beforeEach(async () => {
    const first = await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)
    expect(first).toMatchObject({ ok: true })
    mark = await head()
    const env = await f.envOf('admin@acme.test')
    for (let i = 0; i < 3; i++) {
      await updateWorkspaceSettings.execute(env, {
        workspaceId: f.workspace('acme/marketing').id,
        name: `Later ${i}`,
        color: 'teal',
      })
    }
  })

  it('reads a few statements however long the chain, and moves the mark', async () => {
    const counter = { count: 0 }
    const counted = openDatabase({ ...t.connection, factory: countStatements(t.connection.factory, counter) })
    try {
      expect(await verifySinceMark(counted.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: true, verifiedSeq: mark + 3 })
      // The mark, the entry it names, the entries since, the head and the new mark.
      expect(counter.count).toBe(5)
    } finally {
      await counted.db.$disconnect()
    }
    expect(await t.db.auditVerifiedMark.findUnique({ where: { tenantId } })).toMatchObject({ seq: mark + 3, brokenAtSeq: null })
  })

  it('when an entry since was edited', async () => {
    await t.sql(`UPDATE "AuditEvent" SET data = '{"after": {"name": "Forged"}}' WHERE "tenantId" = $1 AND seq = $2`, [tenantId, mark + 2])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark + 2 })
    // The break is recorded: the next view shows it without looking again.
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark + 2 })
  })

  it('when an entry since was deleted', async () => {
    await t.sql(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq = $2`, [tenantId, mark + 2])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark + 2 })
  })

  it('when entries since were reordered', async () => {
    await t.sql(`UPDATE "AuditEvent" SET seq = $2 WHERE "tenantId" = $1 AND seq = $3`, [tenantId, mark + 100, mark + 1])
    await t.sql(`UPDATE "AuditEvent" SET seq = $2 WHERE "tenantId" = $1 AND seq = $3`, [tenantId, mark + 1, mark + 3])
    await t.sql(`UPDATE "AuditEvent" SET seq = $2 WHERE "tenantId" = $1 AND seq = $3`, [tenantId, mark + 3, mark + 100])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark + 1 })
  })

  it('when the newest entries were removed', async () => {
    await t.sql(`DELETE FROM "AuditEvent" WHERE "tenantId" = $1 AND seq > $2`, [tenantId, mark + 1])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark + 2 })
  })

  it('when the entry the mark names was changed', async () => {
    await t.sql(`UPDATE "AuditEvent" SET "actorId" = NULL WHERE "tenantId" = $1 AND seq = $2`, [tenantId, mark])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: mark })
  })

  it('when the mark was moved without the key', async () => {
    const newest = await t.db.auditEvent.findUniqueOrThrow({ where: { tenantId_seq: { tenantId, seq: mark + 3 } } })
    await t.sql(`UPDATE "AuditVerifiedMark" SET seq = $2, hash = $3 WHERE "tenantId" = $1`, [tenantId, newest.seq, newest.hash])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({
      ok: false,
      reason: 'the record of the last verification was altered',
    })
  })

  it('a change before the mark is found by the full verification, which the next view then shows', async () => {
    await t.sql(`UPDATE "AuditEvent" SET data = '{"after": {"name": "Forged"}}' WHERE "tenantId" = $1 AND seq = 4`, [tenantId])
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: true })
    const full = await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)
    expect(full).toMatchObject({ ok: false, brokenAtSeq: 4 })
    await recordVerification(t.db, TEST_AUDIT_KEY, tenantId, full, await t.db.auditVerifiedMark.findUnique({ where: { tenantId } }))
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 4 })
  })

  it('a view that read the mark before a full verification recorded a break does not overwrite the break', async () => {
    await t.sql(`UPDATE "AuditEvent" SET data = '{"after": {"name": "Forged"}}' WHERE "tenantId" = $1 AND seq = 4`, [tenantId])
    const seenByTheView = await t.db.auditVerifiedMark.findUnique({ where: { tenantId } })
    const viewResult = await verifyChain(t.db, TEST_AUDIT_KEY, tenantId, { from: seenByTheView })
    expect(viewResult).toMatchObject({ ok: true })
    const full = await verifyChain(t.db, TEST_AUDIT_KEY, tenantId)
    await recordVerification(t.db, TEST_AUDIT_KEY, tenantId, full, seenByTheView)
    // The view finishes last, with what it read before the break was recorded.
    await recordVerification(t.db, TEST_AUDIT_KEY, tenantId, viewResult, seenByTheView, { onlyIfUnchanged: true })
    expect(await t.db.auditVerifiedMark.findUnique({ where: { tenantId } })).toMatchObject({ brokenAtSeq: 4 })
    expect(await verifySinceMark(t.db, TEST_AUDIT_KEY, tenantId)).toMatchObject({ ok: false, brokenAtSeq: 4 })
  })
})
