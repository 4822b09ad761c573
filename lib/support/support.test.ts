import { describe, expect, inject } from 'vitest'
import { verifyChain } from '@/lib/audit/chain'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { verifyPlatformLog } from '@/lib/audit/platform-log'
import { connectPostgres } from '@/lib/db/adapter'
import { openDatabase } from '@/lib/db/client'
import { loadActor, resolveContext } from '@/lib/context/resolve'
import { DEMO_OPERATOR } from '@/lib/demo/seed'
import { totpCode } from '@/lib/two-factor/totp'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { expectRefusal, TEST_AUDIT_KEY, test } from '@/test/fixtures'
import type { Fixtures } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import { databaseUrl } from '@/test/postgres'
import { approveSupport } from './actions/approve-support'
import { denySupport } from './actions/deny-support'
import { endSupport } from './actions/end-support'
import { requestSupport } from './actions/request-support'
import { revokeSupport } from './actions/revoke-support'
import { setSupportAccess } from './actions/set-support-access'
import { reactivateOrganisation } from '@/lib/platform/actions/reactivate-organisation'
import { suspendOrganisation } from '@/lib/platform/actions/suspend-organisation'
import { issueApiKey } from '@/lib/api-keys/keys'
import { keyActor } from '@/lib/api-keys/caller'
import { setOperator } from '@/lib/platform/actions/set-operator'
import { createWorkspace } from '@/lib/workspaces/actions/create-workspace'
import { endExpiredSupportSessions } from './service'

/**
 * Support access (docs/architecture.md §15): an operator asks, the organisation decides,
 * the session gives an auditor's (or, granted, an admin's) role until its end, and every
 * step is in the organisation's chain and the platform log.
 */
const onPostgres = inject('databaseKind') === 'postgres'

/** A code of the demo operator's authenticator, usable now (each time step is accepted once). */
async function operatorCode(t: TestDatabase) {
  await t.sql(`UPDATE "TwoFactor" SET "lastUsedStep" = NULL WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [
    DEMO_OPERATOR.email,
  ])
  return totpCode(DEMO_OPERATOR.totpSecret)
}

/** Ends every open request and session, and puts the demo's policies back. */
async function reset(t: TestDatabase) {
  await t.sql(
    `UPDATE "SupportSession" SET status = 'ended', "endedAt" = now(), "endReason" = 'operator' WHERE status IN ('requested', 'active')`,
  )
  await t.sql(`UPDATE "Tenant" SET "supportAccess" = CASE slug WHEN 'globex' THEN 'allowed' ELSE 'on_approval' END::"SupportAccessPolicy",
    "supportReadWrite" = false, "suspendedAt" = NULL, "suspendedReason" = NULL`)
}

async function ask(t: TestDatabase, f: Fixtures, slug: string, extra: Record<string, unknown> = {}) {
  const operator = await f.envOf(DEMO_OPERATOR.email)
  return requestSupport.execute(operator, {
    tenantId: f.tenant(slug).id,
    reason: 'Ticket 4711: a release will not apply',
    ticket: 'SUP-4711',
    durationMinutes: 60,
    code: await operatorCode(t),
    ...extra,
  })
}

const operatorId = (f: Fixtures) => f.user(DEMO_OPERATOR.email).id

describe('support access', () => {
  test('being an operator gives no role in any organisation, and asking needs a reason and a fresh code', async ({ t, f }) => {
    await reset(t)
    expect((await loadActor(t.db, operatorId(f), f.tenant('acme').id))?.tenantRole).toBeNull()
    const operator = await f.envOf(DEMO_OPERATOR.email)
    const rename = () =>
      updateWorkspaceSettings.execute(operator, {
        workspaceId: f.workspace('acme/marketing').id,
        name: 'Taken over',
        description: '',
        color: 'pink',
      })
    await expectRefusal(t.db, rename, { code: 'NOT_FOUND' })
    await expectRefusal(t.db, () => ask(t, f, 'acme', { reason: '  ' }), { code: 'VALIDATION' })
    expect(await ask(t, f, 'acme', { code: '000000' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { code: [expect.any(String)] },
    })
    // Someone who is not an operator cannot ask at all.
    const admin = await f.envOf('admin@acme.test')
    await expectRefusal(t.db, () => requestSupport.execute(admin, { tenantId: f.tenant('globex').id, reason: 'x', code: '123456' }), {
      code: 'FORBIDDEN',
    })
  })

  test('where allowed, a read-only session starts at once: the operator reads as an auditor and changes nothing', async ({ t, f }) => {
    await reset(t)
    const started = await ask(t, f, 'globex')
    expect(started).toMatchObject({ ok: true, data: { status: 'active' } })
    const actor = await loadActor(t.db, operatorId(f), f.tenant('globex').id)
    expect(actor).toMatchObject({ tenantRole: 'tenant_auditor', support: { mode: 'read_only' } })
    const operator = await f.envOf(DEMO_OPERATOR.email, 'globex/research')
    await expectRefusal(
      t.db,
      () =>
        updateWorkspaceSettings.execute(operator, {
          workspaceId: f.workspace('globex/research').id,
          name: 'Changed',
          description: '',
          color: 'pink',
        }),
      { code: 'FORBIDDEN' },
    )
    // A read-write session needs the organisation to allow it.
    await setSupportAccessAs(f, 'admin@globex.test', { policy: 'allowed', readWrite: 'off' })
    // Started, in both logs, and both verify.
    const [inChain] = await t.db.auditEvent.findMany({
      where: { tenantId: f.tenant('globex').id, action: 'support.started' },
      orderBy: { seq: 'desc' },
      take: 1,
    })
    expect(inChain).toMatchObject({ actorId: operatorId(f), data: { reason: 'Ticket 4711: a release will not apply', ticket: 'SUP-4711' } })
    const inLog = await t.db.platformAuditEvent.findFirst({ where: { organisationId: f.tenant('globex').id, action: 'support.started' } })
    expect(inLog).toMatchObject({ actorId: operatorId(f) })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, f.tenant('globex').id)).toMatchObject({ ok: true })
    expect(await verifyPlatformLog(t.db, TEST_AUDIT_KEY)).toMatchObject({ ok: true })
  })

  test('on approval: nothing until a tenant admin approves; denied, the operator never enters', async ({ t, f }) => {
    await reset(t)
    const asked = await ask(t, f, 'acme')
    expect(asked).toMatchObject({ ok: true, data: { status: 'requested' } })
    const sessionId = (asked as { data: { sessionId: string } }).data.sessionId
    expect((await loadActor(t.db, operatorId(f), f.tenant('acme').id))?.tenantRole).toBeNull()
    // Its tenant admins were told by mail.
    expect(
      await t.db.outboxMessage.count({ where: { tenantId: f.tenant('acme').id, subject: { contains: 'Support access requested' } } }),
    ).toBeGreaterThan(0)
    // A second request while one is open is refused; so is deciding from another organisation.
    expect(await ask(t, f, 'acme')).toMatchObject({ ok: false, code: 'CONFLICT' })
    const [globexAdmin, auditor, admin] = [
      await f.envOf('admin@globex.test'),
      await f.envOf('auditor@acme.test'),
      await f.envOf('admin@acme.test'),
    ]
    await expectRefusal(t.db, () => approveSupport.execute(globexAdmin, { sessionId }), { code: 'NOT_FOUND' })
    // Nobody but a tenant admin decides.
    await expectRefusal(t.db, () => approveSupport.execute(auditor, { sessionId }), { code: 'FORBIDDEN' })

    expect(await denySupport.execute(admin, { sessionId })).toMatchObject({ ok: true })
    expect(await approveSupport.execute(admin, { sessionId })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect((await loadActor(t.db, operatorId(f), f.tenant('acme').id))?.tenantRole).toBeNull()

    const again = (await ask(t, f, 'acme')) as { ok: true; data: { sessionId: string } }
    expect(await approveSupport.execute(admin, { sessionId: again.data.sessionId })).toMatchObject({ ok: true })
    expect(await loadActor(t.db, operatorId(f), f.tenant('acme').id)).toMatchObject({ tenantRole: 'tenant_auditor' })
    const entries = await t.db.platformAuditEvent.findMany({ where: { organisationId: f.tenant('acme').id }, orderBy: { seq: 'asc' } })
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['support.requested', 'support.denied', 'support.started']))
  })

  test('a granted read-write session acts as a tenant admin, and every entry it makes names the session', async ({ t, f }) => {
    await reset(t)
    const admin = await f.envOf('admin@acme.test')
    // Not allowed: refused next to the field.
    expect(await ask(t, f, 'acme', { mode: 'read_write' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { mode: [expect.any(String)] },
    })
    await setSupportAccessAs(f, 'admin@acme.test', { policy: 'on_approval', readWrite: 'on' })
    const asked = (await ask(t, f, 'acme', { mode: 'read_write' })) as { ok: true; data: { sessionId: string } }
    expect(await approveSupport.execute(admin, { sessionId: asked.data.sessionId })).toMatchObject({ ok: true })
    const operator = await f.envOf(DEMO_OPERATOR.email, 'acme/marketing')
    const marketing = f.workspace('acme/marketing')
    expect(
      await updateWorkspaceSettings.execute(operator, {
        workspaceId: marketing.id,
        name: marketing.name,
        description: 'Fixed by support',
        color: 'pink',
      }),
    ).toMatchObject({ ok: true })
    const [entry] = await t.db.auditEvent.findMany({
      where: { tenantId: marketing.tenantId, action: 'workspace.updated' },
      orderBy: { seq: 'desc' },
      take: 1,
    })
    expect(entry).toMatchObject({ actorId: operatorId(f), data: { asSupport: { sessionId: asked.data.sessionId, mode: 'read_write' } } })
    expect(describeAuditEvent(entry!)).toMatch(new RegExp(`\\(as support, session ${asked.data.sessionId.slice(0, 8)}…\\)$`))
    // A support session never decides on support access, nor approves its own kind.
    await expectRefusal(t.db, () => setSupportAccess.execute(operator, { policy: 'allowed' }), { code: 'FORBIDDEN' })
    // Taking read-write back makes the live session read-only from the next request.
    await setSupportAccessAs(f, 'admin@acme.test', { policy: 'on_approval', readWrite: 'off' })
    expect(await loadActor(t.db, operatorId(f), marketing.tenantId)).toMatchObject({
      tenantRole: 'tenant_auditor',
      support: { mode: 'read_only' },
    })
  })

  test('it ends when the operator ends it, when a tenant admin revokes it, or when support access is turned off', async ({ t, f }) => {
    await reset(t)
    const acme = f.tenant('acme').id
    const admin = await f.envOf('admin@acme.test')
    const operator = await f.envOf(DEMO_OPERATOR.email)
    const approved = async () => {
      const asked = (await ask(t, f, 'acme')) as { ok: true; data: { sessionId: string } }
      expect(await approveSupport.execute(admin, { sessionId: asked.data.sessionId })).toMatchObject({ ok: true })
      expect((await loadActor(t.db, operatorId(f), acme))?.tenantRole).toBe('tenant_auditor')
      return asked.data.sessionId
    }
    const out = async () => expect((await loadActor(t.db, operatorId(f), acme))?.tenantRole).toBeNull()

    expect(await endSupport.execute(operator, { sessionId: await approved() })).toMatchObject({ ok: true, data: { endReason: 'operator' } })
    await out()
    const revoked = await approved()
    expect(await revokeSupport.execute(admin, { sessionId: revoked })).toMatchObject({ ok: true })
    await out()
    expect(await revokeSupport.execute(admin, { sessionId: revoked })).toMatchObject({ ok: false, code: 'CONFLICT' })
    await approved()
    expect(await setSupportAccess.execute(admin, { policy: 'off' })).toMatchObject({ ok: true, data: { ended: 1 } })
    await out()
    expect(await ask(t, f, 'acme')).toMatchObject({ ok: false, code: 'SUPPORT_ACCESS_OFF' })
    const ended = await t.db.auditEvent.findMany({ where: { tenantId: acme, action: 'support.ended' } })
    expect(ended.map((e) => (e.data as { endReason: string }).endReason)).toEqual(
      expect.arrayContaining(['operator', 'revoked', 'policy_off']),
    )
  })

  test('suspending the organisation or scheduling its deletion ends every session; a member, even disabled, never enters as support', async ({
    t,
    f,
  }) => {
    await reset(t)
    const globex = f.tenant('globex').id
    const operator = await f.envOf(DEMO_OPERATOR.email)
    const started = (await ask(t, f, 'globex')) as { ok: true; data: { sessionId: string } }
    expect(await suspendOrganisation.execute(operator, { tenantId: globex, reason: 'Unpaid' })).toMatchObject({ ok: true })
    expect(await t.db.supportSession.findUniqueOrThrow({ where: { id: started.data.sessionId } })).toMatchObject({
      status: 'ended',
      endReason: 'closed',
    })
    expect((await loadActor(t.db, operatorId(f), globex))?.tenantRole).toBeNull()
    expect(await ask(t, f, 'globex')).toMatchObject({ ok: false, code: 'ORGANISATION_SUSPENDED' })
    expect(await reactivateOrganisation.execute(operator, { tenantId: globex })).toMatchObject({ ok: true })
    // The operator made a member of Globex and disabled there: asking is refused, and an old session gives nothing.
    const again = (await ask(t, f, 'globex')) as { ok: true; data: { sessionId: string } }
    const membership = await t.db.tenantMembership.create({
      data: { tenantId: globex, userId: operatorId(f), role: 'tenant_member', status: 'DISABLED' },
    })
    try {
      expect((await loadActor(t.db, operatorId(f), globex))?.tenantRole).toBeNull()
      expect(await endSupport.execute(operator, { sessionId: again.data.sessionId })).toMatchObject({ ok: true })
      expect(await ask(t, f, 'globex')).toMatchObject({ ok: false, code: 'CONFLICT' })
    } finally {
      await t.db.tenantMembership.delete({ where: { id: membership.id } })
    }
    // An operator whose second factor is gone keeps no session.
    const third = (await ask(t, f, 'globex')) as { ok: true; data: { sessionId: string } }
    expect((await loadActor(t.db, operatorId(f), globex))?.support?.sessionId).toBe(third.data.sessionId)
    await t.sql(`UPDATE "TwoFactor" SET "confirmedAt" = NULL WHERE "userId" = $1`, [operatorId(f)])
    try {
      expect((await loadActor(t.db, operatorId(f), globex))?.tenantRole).toBeNull()
    } finally {
      await t.sql(`UPDATE "TwoFactor" SET "confirmedAt" = now() WHERE "userId" = $1`, [operatorId(f)])
    }
  })

  test('nothing of a session outlives it: no key acts through it, no workspace keeps its operator; an operator no more keeps none', async ({
    t,
    f,
  }) => {
    await reset(t)
    const acme = f.tenant('acme').id
    await setSupportAccessAs(f, 'admin@acme.test', { policy: 'on_approval', readWrite: 'on' })
    const asked = (await ask(t, f, 'acme', { mode: 'read_write' })) as { ok: true; data: { sessionId: string } }
    expect(await approveSupport.execute(await f.envOf('admin@acme.test'), { sessionId: asked.data.sessionId })).toMatchObject({ ok: true })
    // A key whose creator is the operator (one made before this release let operators act as admins) stays dead.
    const { row } = await t.db.$transaction((tx) =>
      issueApiKey(tx, {
        tenantId: acme,
        workspaceId: null,
        name: 'Old',
        scopes: ['read'],
        expiresAt: new Date(Date.now() + 86_400_000),
        createdById: operatorId(f),
      }),
    )
    expect(await keyActor(t.db, { ...row, createdById: operatorId(f) }, acme)).toBeNull()
    // A workspace made through the session has no member: its operator does not become its admin.
    const operator = await f.envOf(DEMO_OPERATOR.email, 'acme/marketing')
    const made = await createWorkspace.execute(operator, {
      name: 'Made by support',
      slug: 'made-by-support',
      color: 'teal',
      description: '',
    })
    expect(made).toMatchObject({ ok: true })
    const workspaceId = (made as { data: { id: string } }).data.id
    expect(await t.db.workspaceMembership.count({ where: { workspaceId } })).toBe(0)
    // Taken off the operators by another one, their session ends at once, recorded in Acme's chain.
    await t.sql(`UPDATE "User" SET "isPlatformAdmin" = true WHERE email = 'auditor@acme.test'`)
    try {
      await t.sql(
        `INSERT INTO "TwoFactor" ("userId", "secretSealed", "rootKeyVersion", "confirmedAt") SELECT $1, "secretSealed", "rootKeyVersion", now() FROM "TwoFactor" WHERE "userId" = $2`,
        [f.user('auditor@acme.test').id, operatorId(f)],
      )
      const other = await f.envOf('auditor@acme.test')
      expect(await setOperator.execute(other, { email: DEMO_OPERATOR.email, operator: 'no' })).toMatchObject({ ok: true })
      expect(await t.db.supportSession.findUniqueOrThrow({ where: { id: asked.data.sessionId } })).toMatchObject({
        status: 'ended',
        endReason: 'closed',
      })
      expect(await t.db.auditEvent.count({ where: { tenantId: acme, action: 'support.ended', targetId: asked.data.sessionId } })).toBe(1)
      // Only with two-factor authentication does someone become one again; and never the last one goes.
      expect(await setOperator.execute(other, { email: 'member@acme.test', operator: 'yes' })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
      })
      expect(await setOperator.execute(other, { email: DEMO_OPERATOR.email, operator: 'yes' })).toMatchObject({ ok: true })
      expect(await setOperator.execute(other, { email: 'auditor@acme.test', operator: 'no' })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
      })
    } finally {
      await t.sql(`DELETE FROM "TwoFactor" WHERE "userId" = $1`, [f.user('auditor@acme.test').id])
      await t.sql(`UPDATE "User" SET "isPlatformAdmin" = false WHERE email = 'auditor@acme.test'`)
      await t.sql(`UPDATE "User" SET "isPlatformAdmin" = true WHERE email = $1`, [DEMO_OPERATOR.email])
    }
  })

  test('it expires at its exact end, on the clock every request reads, and the expiry is written down once', async ({ t, f }) => {
    await reset(t)
    const globex = f.tenant('globex').id
    const started = (await ask(t, f, 'globex', { durationMinutes: 30 })) as { ok: true; data: { sessionId: string } }
    const session = await t.db.supportSession.findUniqueOrThrow({ where: { id: started.data.sessionId } })
    const end = session.endsAt!.getTime()
    expect(end - session.startedAt!.getTime()).toBe(30 * 60_000)
    const claims = {
      userId: operatorId(f),
      sessionId: (await f.claimsOf(DEMO_OPERATOR.email)).sessionId,
      tenantId: globex,
      workspaceId: null,
    }
    const at = (ms: number) => resolveContext(t.db, claims, new Date(ms))
    expect((await at(end - 1))?.tenant?.id).toBe(globex)
    expect((await at(end - 1))?.actor?.support?.sessionId).toBe(session.id)
    expect((await at(end))?.tenant?.id).not.toBe(globex)
    expect(await loadActor(t.db, operatorId(f), globex, new Date(end))).toMatchObject({ tenantRole: null })

    expect(await endExpiredSupportSessions(t.db, TEST_AUDIT_KEY, new Date(end - 1))).toBe(0)
    // Nothing is left to end by hand once the clock has (here the session's end is moved to the past).
    await t.sql(
      `UPDATE "SupportSession" SET "startedAt" = "startedAt" - interval '1 hour', "endsAt" = "endsAt" - interval '1 hour' WHERE id = $1`,
      [session.id],
    )
    expect(await endSupport.execute(await f.envOf(DEMO_OPERATOR.email), { sessionId: session.id })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    await t.sql(
      `UPDATE "SupportSession" SET "startedAt" = "startedAt" + interval '1 hour', "endsAt" = "endsAt" + interval '1 hour' WHERE id = $1`,
      [session.id],
    )
    expect(await endExpiredSupportSessions(t.db, TEST_AUDIT_KEY, new Date(end))).toBe(1)
    expect(await endExpiredSupportSessions(t.db, TEST_AUDIT_KEY, new Date(end + 60_000))).toBe(0)
    expect(await t.db.supportSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      status: 'ended',
      endReason: 'expired',
      endedAt: session.endsAt,
    })
    expect(await t.db.auditEvent.count({ where: { tenantId: globex, action: 'support.ended', targetId: session.id } })).toBe(1)
    expect(await t.db.platformAuditEvent.count({ where: { action: 'support.ended', targetId: session.id } })).toBe(1)
  })

  test('the database keeps a session honest: a reason, a duration of at most 8 hours, an end that matches, one open per operator', async ({
    t,
    f,
  }) => {
    const insert = (values: string) =>
      t.sql(
        `INSERT INTO "SupportSession" (id, "tenantId", "operatorId", reason, "durationMinutes", status, "startedAt", "endsAt") VALUES ${values}`,
        [f.tenant('acme').id, operatorId(f)],
      )
    await reset(t)
    await expect(insert(`(gen_random_uuid(), $1, $2, ' ', 60, 'requested', NULL, NULL)`)).rejects.toThrow(/SupportSession_reason/)
    await expect(insert(`(gen_random_uuid(), $1, $2, 'r', 481, 'requested', NULL, NULL)`)).rejects.toThrow(/SupportSession_duration/)
    await expect(insert(`(gen_random_uuid(), $1, $2, 'r', 60, 'active', now(), now() + interval '61 minutes')`)).rejects.toThrow(
      /SupportSession_started/,
    )
    await insert(`(gen_random_uuid(), $1, $2, 'r', 60, 'requested', NULL, NULL)`)
    await expect(insert(`(gen_random_uuid(), $1, $2, 'r', 60, 'requested', NULL, NULL)`)).rejects.toThrow(/SupportSession_one_open/)
  })

  describe.runIf(onPostgres)('on two instances (PostgreSQL)', () => {
    test('a revocation on one instance is seen by the other on its next request', async ({ t, f }) => {
      await reset(t)
      const [{ name }] = (await t.sql('SELECT current_database() AS name')) as [{ name: string }]
      const other = openDatabase(
        connectPostgres(databaseUrl(inject('migratedSnapshot'), name), {
          defaultScope: { acrossTenants: 'tests' },
          onRoleSwitch: () => {},
        }),
      )
      try {
        const started = (await ask(t, f, 'globex')) as { ok: true; data: { sessionId: string } }
        const claims = { ...(await f.claimsOf(DEMO_OPERATOR.email)), tenantId: f.tenant('globex').id, workspaceId: null }
        expect((await resolveContext(other.db, claims))?.actor?.support?.sessionId).toBe(started.data.sessionId)
        expect(await revokeSupport.execute(await f.envOf('admin@globex.test'), { sessionId: started.data.sessionId })).toMatchObject({
          ok: true,
        })
        expect((await resolveContext(other.db, claims))?.actor?.support).toBeUndefined()
      } finally {
        await other.close()
      }
    })
  })
})

async function setSupportAccessAs(f: Fixtures, email: string, input: { policy: string; readWrite: 'on' | 'off' }) {
  expect(await setSupportAccess.execute(await f.envOf(email), input)).toMatchObject({ ok: true })
}
