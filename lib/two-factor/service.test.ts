import { describe, expect } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { DecryptionError } from '@/lib/crypto/aead'
import { resealUnderNewestRootKey } from '@/lib/key-rotation/reseal'
import { AccountCommandRefused, removeTwoFactor } from '@/lib/accounts/service'
import { resolveContext } from '@/lib/context/resolve'
import { DEMO_PASSWORD } from '@/lib/demo/seed'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { TEST_AUDIT_KEY, TEST_SETTINGS, test, type Fixtures } from '@/test/fixtures'
import { openTotpSecret } from './secret-box'
import { beginTwoFactor } from './actions/begin-two-factor'
import { confirmTwoFactor } from './actions/confirm-two-factor'
import { disableTwoFactor } from './actions/disable-two-factor'
import { renewRecoveryCodes } from './actions/renew-recovery-codes'
import { setTwoFactorRequirement } from './actions/set-two-factor-requirement'
import { matchingStep, totpCode } from './totp'
import { checkSecondFactor } from './verify'

test.beforeEach(({ f }) => f.resetPeople())

const ring = TEST_SETTINGS.encryptionKeys
/** The token of a session of Bea (in Acme and Globex) whose active workspace is the given one. */
async function beaIn(f: Fixtures, workspaceKey: string) {
  const workspace = f.workspace(workspaceKey)
  return { ...(await f.claimsOf('both@example.test')), tenantId: workspace.tenantId, workspaceId: workspace.id }
}

/** The key as the person reads it off the page, spaces and all. */
const keyOf = (data: unknown) => (data as { key: string }).key.replace(/\s/g, '')

/** Enrols the person through the actions, as the setup page does; returns their secret and recovery codes. */
async function enrol(env: ActionEnvironment) {
  const begun = await beginTwoFactor.execute(env, {})
  if (!begun.ok) throw new Error(begun.message)
  const secret = keyOf(begun.data)
  const confirmed = await confirmTwoFactor.execute(env, { password: DEMO_PASSWORD, code: totpCode(secret) })
  if (!confirmed.ok) throw new Error(confirmed.message)
  return { secret, recoveryCodes: confirmed.data.recoveryCodes }
}

describe('TOTP codes', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
  const now = Date.UTC(2026, 10, 25, 12, 0, 15)

  test('accepts the current step and one either side, nothing further', () => {
    const step = Math.floor(now / 30_000)
    expect(matchingStep(secret, totpCode(secret, now), now)).toBe(step)
    expect(matchingStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1)
    expect(matchingStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1)
    expect(matchingStep(secret, totpCode(secret, now - 60_000), now)).toBeNull()
    expect(matchingStep(secret, totpCode(secret, now + 60_000), now)).toBeNull()
    expect(matchingStep(secret, 'abcdef', now)).toBeNull()
  })
})

describe('two-factor authentication', () => {
  test('is turned on by a code from the app, with ten recovery codes, and audited', async ({ t, f }) => {
    const env = await f.envOf('member@acme.test')
    const userId = f.user('member@acme.test').id
    const begun = await beginTwoFactor.execute(env, {})
    expect(begun).toMatchObject({ ok: true, data: { qr: { size: expect.any(Number) } } })
    expect(await confirmTwoFactor.execute(env, { password: 'not-my-password', code: '000000' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { password: [expect.any(String)] },
    })
    expect(await confirmTwoFactor.execute(env, { password: DEMO_PASSWORD, code: '000000' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { code: [expect.any(String)] },
    })
    const confirmed = await confirmTwoFactor.execute(env, {
      password: DEMO_PASSWORD,
      code: totpCode(keyOf(begun.ok && begun.data)),
    })
    expect(confirmed).toMatchObject({ ok: true })
    const codes = confirmed.ok ? confirmed.data.recoveryCodes : []
    expect(new Set(codes).size).toBe(10)
    expect(await t.db.recoveryCode.count({ where: { userId, usedAt: null } })).toBe(10)
    expect(await t.db.auditEvent.count({ where: { action: 'account.twoFactorEnabled', actorId: userId } })).toBe(1)
    // Stored hashed: no code appears in the table.
    const stored = JSON.stringify(await t.db.recoveryCode.findMany({ where: { userId } }))
    for (const code of codes) expect(stored).not.toContain(code.replace(/-/g, ''))
  })

  test('keeps the secret sealed at rest, for this person only', async ({ t, f }) => {
    const env = await f.envOf('viewer@acme.test')
    const { secret } = await enrol(env)
    const row = await t.db.twoFactor.findUniqueOrThrow({ where: { userId: f.user('viewer@acme.test').id } })
    expect(Buffer.from(row.secretSealed).toString('latin1')).not.toContain(secret)
    expect(openTotpSecret(ring, row)).toBe(secret)
    expect(() => openTotpSecret(ring, { ...row, userId: f.user('member@acme.test').id })).toThrow(DecryptionError)
  })

  test('accepts each code and each recovery code once', async ({ t, f }) => {
    const env = await f.envOf('wsadmin@acme.test')
    const userId = f.user('wsadmin@acme.test').id
    const { secret, recoveryCodes } = await enrol(env)
    // The enrolment used the current step: the same code is refused; the next step's code is taken once.
    expect(await checkSecondFactor(t.db, ring, userId, totpCode(secret))).toEqual({ ok: false })
    const next = Date.now() + 30_000
    expect(await checkSecondFactor(t.db, ring, userId, totpCode(secret, next), next)).toEqual({ ok: true, via: 'totp' })
    expect(await checkSecondFactor(t.db, ring, userId, totpCode(secret, next), next)).toEqual({ ok: false })
    expect(await checkSecondFactor(t.db, ring, userId, recoveryCodes[0]!)).toEqual({ ok: true, via: 'recoveryCode', recoveryCodesLeft: 9 })
    expect(await checkSecondFactor(t.db, ring, userId, recoveryCodes[0]!)).toEqual({ ok: false })
  })

  test('is turned off only with the password and a code, and never while a tenant requires it', async ({ t, f }) => {
    // Rob, not Mia: the case above counts Mia's enrolments.
    const env = await f.envOf('rob@acme.test')
    const userId = f.user('rob@acme.test').id
    const { recoveryCodes } = await enrol(env)
    expect(await disableTwoFactor.execute(env, { password: 'wrong-password', code: recoveryCodes[0] })).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    })
    expect(await disableTwoFactor.execute(env, { password: DEMO_PASSWORD, code: '123456' })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)] },
    })
    await t.db.tenant.update({ where: { slug: 'acme' }, data: { requireTwoFactor: true } })
    expect(await disableTwoFactor.execute(env, { password: DEMO_PASSWORD, code: recoveryCodes[1] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    await t.db.tenant.update({ where: { slug: 'acme' }, data: { requireTwoFactor: false } })
    expect(await disableTwoFactor.execute(env, { password: DEMO_PASSWORD, code: recoveryCodes[2] })).toMatchObject({ ok: true })
    expect(await t.db.twoFactor.count({ where: { userId } })).toBe(0)
    expect(await t.db.recoveryCode.count({ where: { userId } })).toBe(0)
    expect(await t.db.auditEvent.count({ where: { action: 'account.twoFactorDisabled', actorId: userId } })).toBe(1)
  })

  test('makes new recovery codes that replace the old ones', async ({ t, f }) => {
    const env = await f.envOf('viewer@acme.test')
    const userId = f.user('viewer@acme.test').id
    const { secret, recoveryCodes } = await enrol(env)
    const next = Date.now() + 30_000
    const renewed = await renewRecoveryCodes.execute(env, { code: totpCode(secret, next) })
    // The code of the next step may not be valid yet, if the step has not started: fall back to a recovery code.
    const result = renewed.ok ? renewed : await renewRecoveryCodes.execute(env, { code: recoveryCodes[0] })
    expect(result).toMatchObject({ ok: true })
    expect(await checkSecondFactor(t.db, ring, userId, recoveryCodes[1]!)).toEqual({ ok: false })
    expect(await t.db.recoveryCode.count({ where: { userId, usedAt: null } })).toBe(10)
  })
})

describe('a tenant that requires two-factor authentication', () => {
  test('is required only by an admin who has it, and audited', async ({ t, f }) => {
    const admin = await f.envOf('admin@acme.test')
    expect(await setTwoFactorRequirement.execute(admin, { required: 'on' })).toMatchObject({ ok: false, code: 'VALIDATION' })
    await enrol(admin)
    expect(await setTwoFactorRequirement.execute(admin, { required: 'on' })).toMatchObject({ ok: true, data: { required: true } })
    expect(await t.db.auditEvent.count({ where: { action: 'tenant.twoFactorRequirementChanged' } })).toBe(1)
    const member = await f.envOf('member@acme.test')
    expect(await setTwoFactorRequirement.execute(member, { required: 'off' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  test('lets a member without it do nothing but set it up, then everything again', async ({ t, f }) => {
    await t.db.tenant.update({ where: { slug: 'acme' }, data: { requireTwoFactor: true } })
    const member = await f.envOf('wsadmin@acme.test')
    const rename = () =>
      updateWorkspaceSettings.execute(member, {
        workspaceId: f.workspace('acme/marketing').id,
        name: 'Marketing',
        description: '',
        color: 'indigo',
      })
    expect(await rename()).toMatchObject({ ok: false, code: 'TWO_FACTOR_REQUIRED' })
    await enrol(member)
    expect(await rename()).toMatchObject({ ok: true })
    // Only the tenant that requires it: a person of two tenants acts freely in the other one.
    const inAcme = await resolveContext(t.db, await beaIn(f, 'acme/marketing'))
    const inGlobex = await resolveContext(t.db, await beaIn(f, 'globex/operations'))
    expect([inAcme?.tenant?.slug, inAcme?.actor?.mustEnrolTwoFactor]).toEqual(['acme', true])
    expect([inGlobex?.tenant?.slug, inGlobex?.actor?.mustEnrolTwoFactor]).toEqual(['globex', false])
  })
})

describe('an operator removing two-factor authentication (phone and codes lost)', () => {
  test('removes it, ends every session and says so in each of the person’s tenants', async ({ t, f }) => {
    const env = await f.envOf('both@example.test')
    const userId = f.user('both@example.test').id
    await enrol(env)
    const result = await removeTwoFactor(t.db, TEST_AUDIT_KEY, { email: 'both@example.test', by: 'ops@example.test' })
    expect(result.tenants).toBe(2)
    expect(await t.db.twoFactor.count({ where: { userId } })).toBe(0)
    expect(await t.db.recoveryCode.count({ where: { userId } })).toBe(0)
    expect(await env.caller()).toBeNull()
    expect(await t.db.auditEvent.count({ where: { action: 'account.twoFactorRemoved', targetId: userId } })).toBe(2)
    await expect(removeTwoFactor(t.db, TEST_AUDIT_KEY, { email: 'both@example.test', by: 'ops' })).rejects.toBeInstanceOf(
      AccountCommandRefused,
    )
  })
})

describe('rotating root keys (npm run keys:rotate)', () => {
  test('re-seals two-factor secrets too, so the older root key can go', async ({ t, f }) => {
    const env = await f.envOf('viewer@acme.test')
    const userId = f.user('viewer@acme.test').id
    const { secret } = await enrol(env)
    const v2 = { version: 2, key: Buffer.from(Array.from({ length: 32 }, (_, i) => 255 - i * 5)) }
    const both = { newest: v2, byVersion: new Map([...ring.byVersion, [2, v2]]) }
    const onlyV2 = { newest: v2, byVersion: new Map([[2, v2]]) }
    const keys = { rootKeys: both, auditKey: TEST_AUDIT_KEY }

    // The viewer's, and the demo operator's (set up by the demo data).
    expect(await resealUnderNewestRootKey(t.db, keys, { apply: false, by: 'vitest' })).toMatchObject({ twoFactorSecrets: 2 })
    expect(await resealUnderNewestRootKey(t.db, keys, { apply: true, by: 'vitest' })).toMatchObject({ twoFactorSecrets: 2 })
    expect(await resealUnderNewestRootKey(t.db, keys, { apply: false, by: 'vitest' })).toEqual({ tenants: [], twoFactorSecrets: 0 })
    const row = await t.db.twoFactor.findUniqueOrThrow({ where: { userId } })
    expect(row.rootKeyVersion).toBe(2)
    expect(openTotpSecret(onlyV2, row)).toBe(secret)
    const next = Date.now() + 30_000
    expect(await checkSecondFactor(t.db, onlyV2, userId, totpCode(secret, next), next)).toEqual({ ok: true, via: 'totp' })
  })
})
