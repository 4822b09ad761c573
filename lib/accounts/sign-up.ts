import { randomBytes } from 'node:crypto'
import { validationFailure } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refusal, refuse, resultOf, type ActionResult } from '@/lib/actions/errors'
import { hashPassword } from '@/lib/auth/password'
import { sha256Hex } from '@/lib/crypto/digest'
import type { Db } from '@/lib/db/client'
import { readInstance } from '@/lib/db/instance'
import { withScope } from '@/lib/db/scope'
import { afterResponse } from '@/lib/http/after-response'
import type { RequestMeta } from '@/lib/http/client-address'
import { deliverMail, queueMail } from '@/lib/mail/outbox'
import { recordSecurityEvent } from '@/lib/security/events'
import { clientAddressOf, guardedCheck } from '@/lib/security/guard'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import { requireStrongPassword } from './password'
import { signUpInput, verificationTokenInput } from './schema'
import { maySignUp, signUpOpen } from './sign-up-policy'

export const VERIFICATION_LIFETIME_MS = 24 * 60 * 60_000
export const SIGN_UP_BY_INVITATION =
  'Accounts on this instance are made by invitation. Ask an administrator of your organisation to invite you.'
export const VERIFICATION_LINK_CLOSED = 'This link can no longer be used. Sign in and ask for a new one.'
/** The one answer to a sign-up, whether or not the address already has an account. */
export const signedUp = (email: string) =>
  `We sent a link to ${email}. Open it to verify your address, then sign in. It works once, for 24 hours.`

const hashVerificationToken = sha256Hex
export const verificationLink = (appUrl: string, token: string) => `${appUrl}/verify-email/${token}`

interface MailSettings {
  appUrl: string
  smtpUrl: string | null
  mailFrom: string
}

/** The instance's own mail crosses no tenant: its named path (lib/db/scope.ts). */
const SIGN_IN = { acrossTenants: 'sign-in' } as const

/**
 * A new link for an unverified account: earlier ones stop working; the mail is the
 * instance's own (no tenant's outbox), sent at once with SMTP. Returns the link (tests
 * read it; nobody else sees it).
 */
export async function issueVerification(db: Db, user: { id: string; email: string; name: string }, mail: MailSettings): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const link = verificationLink(mail.appUrl, token)
  const delivery = await withScope(SIGN_IN, () =>
    db.$transaction(async (tx) => {
      await tx.emailVerification.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } })
      await tx.emailVerification.create({
        data: { userId: user.id, tokenHash: hashVerificationToken(token), expiresAt: new Date(Date.now() + VERIFICATION_LIFETIME_MS) },
      })
      return queueMail(tx, {
        tenantId: null,
        to: user.email,
        subject: 'Verify your address for Atrium',
        secret: link,
        body: (secret) =>
          `Hello ${user.name},\n\nSomeone (we hope you) made an Atrium account for ${user.email}.\n\n` +
          `Verify the address to start (the link works once, for 24 hours):\n${secret}\n\n` +
          'If it was not you, ignore this mail: the account can do nothing until the address is verified.\n',
      })
    }),
  )
  if (mail.smtpUrl) await withScope(SIGN_IN, () => deliverMail(db, { smtpUrl: mail.smtpUrl!, mailFrom: mail.mailFrom }, delivery))
  return link
}

/**
 * Every sign-up, and every request for a link again, counts as a failure would (as a
 * reset request does): per address and per client address; refused once either is full.
 */
async function countSignUpRequest(db: Db, email: string, meta: RequestMeta) {
  const guarded = await guardedCheck(
    db,
    [
      { rule: THROTTLE_RULES.signUpAccount, subject: email },
      { rule: THROTTLE_RULES.signUpAddress, subject: clientAddressOf(meta) },
    ],
    { event: 'signUp.requested', subject: email, meta },
    async () => undefined,
    () => false,
  )
  if (!guarded.checked) refuse('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs))
}

/**
 * Signing up, as the instance allows (Instance.signUpPolicy): a new account whose address
 * is unverified, and a link to verify it. The answer is the same, in the same time, whether
 * the address already has an account or not (the work is done after it); every request is
 * counted per address and per client address, as "forgot password" is.
 */
export async function signUp(db: Db, mail: MailSettings, raw: unknown, meta: RequestMeta): Promise<ActionResult<{ message: string }>> {
  const parsed = signUpInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { name, email, password } = parsed.data
  const instance = await readInstance(db)
  if (!signUpOpen(instance)) return refusal('FORBIDDEN', SIGN_UP_BY_INVITATION)
  if (!maySignUp(instance, email)) {
    return refusal('VALIDATION', ERROR_MESSAGES.VALIDATION, {
      fieldErrors: {
        email: [`Sign-up here is open to addresses at ${instance.signUpDomains.join(', ')}. Ask for an invitation otherwise.`],
      },
    })
  }
  return resultOf(async () => {
    await requireStrongPassword('password', password, { email, name })
    await countSignUpRequest(db, email, meta)
    const passwordHash = await hashPassword(password)
    await afterResponse(() => withScope(SIGN_IN, () => createUnverifiedAccount(db, mail, { name, email, passwordHash })))
    return { message: signedUp(email) }
  })
}

/** The account, unless the address has one already: then nothing (its owner signs in, or resets the password). */
async function createUnverifiedAccount(db: Db, mail: MailSettings, account: { name: string; email: string; passwordHash: string }) {
  const existing = await db.user.findUnique({ where: { email: account.email } })
  if (existing) return
  const user = await db.user.create({ data: { ...account, emailVerifiedAt: null } }).catch((error: unknown) => {
    // The same address signing up twice at once: the unique index keeps one account.
    if ((error as { code?: string }).code === 'P2002') return null
    throw error
  })
  if (user) await issueVerification(db, user, mail)
}

/** A signed-in, unverified person asks for the link again: counted as signing up is. */
export async function resendVerification(
  db: Db,
  mail: MailSettings,
  userId: string,
  meta: RequestMeta,
): Promise<ActionResult<{ message: string }>> {
  return resultOf(async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } })
    if (user.emailVerifiedAt) refuse('CONFLICT', 'Your address is already verified.')
    await countSignUpRequest(db, user.email, meta)
    await issueVerification(db, user, mail)
    return { message: `We sent a new link to ${user.email}. Earlier links no longer work.` }
  })
}

/**
 * Opening the link: the address is verified (once, even when opened twice at once). Links
 * that do not work are counted per client address, so nobody can try tokens at speed.
 */
export async function verifyEmail(db: Db, raw: unknown, meta: RequestMeta): Promise<ActionResult<{ email: string }>> {
  const parsed = verificationTokenInput.safeParse(raw)
  if (!parsed.success) return refusal('NOT_FOUND', VERIFICATION_LINK_CLOSED)
  const tokenHash = hashVerificationToken(parsed.data.token)
  const address = clientAddressOf(meta)
  const isOpen = (row: { usedAt: Date | null; expiresAt: Date } | null) => Boolean(row && !row.usedAt && row.expiresAt > new Date())
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.verificationAddress, subject: address }],
    { event: 'verification.failed', subject: address, meta },
    () => db.emailVerification.findUnique({ where: { tokenHash }, include: { user: true } }),
    isOpen,
  )
  if (!guarded.checked) return refusal('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs))
  const verification = guarded.result
  if (!verification || !isOpen(verification)) return refusal('NOT_FOUND', VERIFICATION_LINK_CLOSED)
  return resultOf(async () => {
    await db.$transaction(async (tx) => {
      const used = await tx.emailVerification.updateMany({
        where: { id: verification.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      })
      if (used.count !== 1) refuse('NOT_FOUND', VERIFICATION_LINK_CLOSED)
      await tx.user.update({ where: { id: verification.userId }, data: { emailVerifiedAt: new Date() } })
    })
    await recordSecurityEvent(db, 'signUp.verified', verification.user.email, meta)
    return { email: verification.user.email }
  })
}
