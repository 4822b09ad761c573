import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refuse } from '@/lib/actions/errors'
import { requirePassword } from '@/lib/accounts/password'
import type { RequestMeta } from '@/lib/http/client-address'
import type { RootKeyRing } from '@/lib/crypto/root-keys'
import type { Db, Tx } from '@/lib/db/client'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import { guardedCheck } from '@/lib/security/guard'
import { hasTwoFactor, requiredByATenant, twoFactorAdoption } from './queries'
import { qrDrawing } from './qr'
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes'
import { confirmTwoFactorInput, disableTwoFactorInput, renewRecoveryCodesInput, twoFactorRequirementInput } from './schema'
import { openTotpSecret, sealTotpSecret } from './secret-box'
import { groupedKey, matchingStep, newTotpSecret, totpUri } from './totp'
import { checkSecondFactor } from './verify'

const WRONG_CODE = 'This code is not right. Enter the code your app shows now.'
const wrongCode = (field = 'code', message = WRONG_CODE) => refuse('VALIDATION', ERROR_MESSAGES.VALIDATION, { [field]: [message] })

/** Ten new recovery codes in place of any earlier ones; returned once, stored hashed. */
async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes()
  await tx.recoveryCode.deleteMany({ where: { userId } })
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) })
  return codes
}

/**
 * Enrolment, first step: a new secret (sealed at rest), shown as a QR code and as a key
 * to type. Nothing changes for signing in until a code from the app confirms it.
 */
export const beginTwoFactorDefinition = defineAction({
  name: 'account.beginTwoFactor',
  input: z.object({}),
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { actor, settings }) {
    const existing = await tx.twoFactor.findUnique({ where: { userId: actor.userId } })
    if (existing?.confirmedAt) refuse('CONFLICT', 'Two-factor authentication is already on.')
    const secret = newTotpSecret()
    const sealed = sealTotpSecret(settings.encryptionKeys, actor.userId, secret)
    await tx.twoFactor.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, ...sealed },
      update: { ...sealed, lastUsedStep: null },
    })
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } })
    return { key: groupedKey(secret), qr: qrDrawing(totpUri(secret, email)) }
  },
})

async function pendingSecret(tx: Tx, ring: RootKeyRing, userId: string) {
  const factor = await tx.twoFactor.findUnique({ where: { userId } })
  if (!factor || factor.confirmedAt) refuse('CONFLICT', 'Start the set-up again: this one is no longer open.')
  return openTotpSecret(ring, factor!)
}

/** Enrolment, second step: a code from the app turns it on, and the ten recovery codes are made. */
export const confirmTwoFactorDefinition = defineAction({
  name: 'account.confirmTwoFactor',
  input: confirmTwoFactorInput,
  ...OWN_ACCOUNT_ACTION,
  // The password again: a borrowed session alone cannot tie the account to someone else's phone.
  async prepare(db, { input, actor, meta }) {
    await requirePassword(db, actor.userId, input.password, { field: 'password', meta })
  },
  async run(tx, { input, actor, settings, audit }) {
    const secret = await pendingSecret(tx, settings.encryptionKeys, actor.userId)
    const step = matchingStep(secret, input.code)
    if (step === null) wrongCode()
    await tx.twoFactor.update({ where: { userId: actor.userId }, data: { confirmedAt: new Date(), lastUsedStep: step } })
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    audit({ action: 'account.twoFactorEnabled', targetType: 'user', targetId: actor.userId, data: {} })
    return { recoveryCodes }
  },
})

/** A code (or recovery code) of a signed-in person, checked under the second-factor limiter, outside the tenant lock. */
async function requireCode(db: Db, ring: RootKeyRing, userId: string, code: string, meta: RequestMeta) {
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.secondFactor, subject: userId }],
    { event: 'reauthentication.failed', subject: userId, meta },
    () => checkSecondFactor(db, ring, userId, code),
    (check) => check.ok,
  )
  if (!guarded.checked) refuse('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs))
  if (!guarded.result.ok) wrongCode('code', 'This code is not right. Enter the code your app shows now, or a recovery code.')
}

const REQUIRED_BY_TENANT = 'Your organisation requires two-factor authentication, so it cannot be turned off.'

/** Turning it off needs the password and a code (or a recovery code); not while a tenant requires it. */
export const disableTwoFactorDefinition = defineAction({
  name: 'account.disableTwoFactor',
  input: disableTwoFactorInput,
  ...OWN_ACCOUNT_ACTION,
  async prepare(db, { input, actor, settings, meta }) {
    if (!(await hasTwoFactor(db, actor.userId))) refuse('CONFLICT', 'Two-factor authentication is already off.')
    // Asked first, so a code is not spent on a refusal.
    if (await requiredByATenant(db, actor.userId)) refuse('FORBIDDEN', REQUIRED_BY_TENANT)
    await requirePassword(db, actor.userId, input.password, { field: 'password', meta })
    await requireCode(db, settings.encryptionKeys, actor.userId, input.code, meta)
  },
  async run(tx, { actor, audit }) {
    if (await requiredByATenant(tx, actor.userId)) refuse('FORBIDDEN', REQUIRED_BY_TENANT)
    await tx.twoFactor.delete({ where: { userId: actor.userId } })
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } })
    audit({ action: 'account.twoFactorDisabled', targetType: 'user', targetId: actor.userId, data: {} })
  },
})

/** New recovery codes (the old ones stop working), after a code from the app. */
export const renewRecoveryCodesDefinition = defineAction({
  name: 'account.renewRecoveryCodes',
  input: renewRecoveryCodesInput,
  ...OWN_ACCOUNT_ACTION,
  async prepare(db, { input, actor, settings, meta }) {
    await requireCode(db, settings.encryptionKeys, actor.userId, input.code, meta)
  },
  async run(tx, { actor, audit }) {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    audit({ action: 'account.recoveryCodesRenewed', targetType: 'user', targetId: actor.userId, data: {} })
    return { recoveryCodes }
  },
})

/**
 * A tenant admin requires two-factor authentication for everyone in the tenant (those
 * without it are led to set it up before anything else), having set it up themselves.
 */
export const setTwoFactorRequirementDefinition = defineAction({
  name: 'tenant.setTwoFactorRequirement',
  input: twoFactorRequirementInput,
  permission: 'tenant.manage',
  async run(tx, { input, actor, tenantId, audit }) {
    const required = input.required === 'on'
    if (required && !(await hasTwoFactor(tx, actor.userId)))
      refuse('VALIDATION', 'Set up two-factor authentication for yourself first, on your account page.')
    const adoption = await twoFactorAdoption(tx, tenantId)
    if (adoption.required === required) return { required, membersWithout: 0 }
    await tx.tenant.update({ where: { id: tenantId }, data: { requireTwoFactor: required } })
    const membersWithout = adoption.active - adoption.enrolled
    audit({ action: 'tenant.twoFactorRequirementChanged', targetType: 'tenant', targetId: tenantId, data: { required, membersWithout } })
    return { required, membersWithout }
  },
})
