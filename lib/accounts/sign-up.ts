import { randomBytes } from 'node:crypto'
import { validationFailure } from '@/lib/actions/define-action'
import { ERROR_MESSAGES, refusal, refuse, resultOf, type ActionResult } from '@/lib/actions/errors'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { sha256Hex } from '@/lib/crypto/digest'
import type { Db } from '@/lib/db/client'
import { readInstance } from '@/lib/db/instance'
import { withScope } from '@/lib/db/scope'
import { afterResponse } from '@/lib/http/after-response'
import type { RequestMeta } from '@/lib/http/client-address'
import { deliverMail, queueMail, type MailSettings } from '@/lib/mail/outbox'
import { recordSecurityEvent } from '@/lib/security/events'
import { clientAddressOf, countRequest, guardedCheck } from '@/lib/security/guard'
import { refuseTooManyAttempts, THROTTLE_RULES } from '@/lib/security/limits'
import { requireStrongPassword } from './password'
import { completeSignUpInput, addressInput, signUpInput } from './schema'
import { maySignUp, signUpOpen } from './sign-up-policy'

export const SIGN_UP_LIFETIME_MS = 24 * 60 * 60_000
export const SIGN_UP_BY_INVITATION =
  'Accounts on this instance are made by invitation. Ask an administrator of your organisation to invite you.'
export const SIGN_UP_LINK_CLOSED = 'This link can no longer be used. Sign up again to get a new one.'
export const NOT_THE_SIGN_UP_PASSWORD = 'This is not the password you chose when you signed up.'
export const ADDRESS_HAS_ACCOUNT = 'An account with this address exists already. Sign in, or reset its password.'
/** The one answer to a sign-up, whether or not the address already has an account. */
export const signedUp = (email: string) =>
  `We sent a link to ${email}. Open it within 24 hours and type your password again to create your account.`
export const SENT_AGAIN = 'If a sign-up waits for this address, a new link is on its way. Earlier links no longer work.'

const hashSignUpToken = sha256Hex
export const signUpLink = (appUrl: string, token: string) => `${appUrl}/verify-email/${token}`

/** The instance's own mail and a sign-up's rows belong to no tenant: the named path of the way in (lib/db/scope.ts). */
const SIGN_IN = { acrossTenants: 'sign-in' } as const

/**
 * Every sign-up, and every request for its link again, counts as a failure would (as a
 * reset request does): per address and per client address; refused once either is full.
 */
async function countSignUpRequest(db: Db, email: string, meta: RequestMeta) {
  const guarded = await countRequest(
    db,
    [
      { rule: THROTTLE_RULES.signUpAccount, subject: email },
      { rule: THROTTLE_RULES.signUpAddress, subject: clientAddressOf(meta) },
    ],
    { event: 'signUp.requested', subject: email, meta },
  )
  if (!guarded.checked) refuseTooManyAttempts(guarded.retryAfterMs)
}

/**
 * Signing up, as the instance allows (Instance.signUpPolicy). No account exists until the
 * link mailed to the address is opened and the password typed again (completeSignUp): an
 * address nobody proved is never held by anyone, and the answer is the same, in the same
 * time, whether it has an account or not (the work is done after the answer).
 */
export async function signUp(
  db: Db,
  mail: MailSettings,
  raw: unknown,
  meta: RequestMeta,
): Promise<ActionResult<{ message: string; email: string }>> {
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
    await afterResponse(() => withScope(SIGN_IN, () => requestSignUp(db, mail, { name, email, passwordHash })))
    return { message: signedUp(email), email }
  })
}

/**
 * The sign-up's link, or, for an address that has an account, a mail that says so (its owner
 * signs in, or resets the password). Earlier links for the address stop working. Returns the
 * link (tests read it; nobody else sees it), or null when the address has an account.
 */
export async function requestSignUp(
  db: Db,
  mail: MailSettings,
  request: { name: string; email: string; passwordHash: string },
): Promise<string | null> {
  const token = randomBytes(32).toString('base64url')
  const link = signUpLink(mail.appUrl, token)
  const { delivery, issued } = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) {
      const notice = await queueMail(tx, {
        tenantId: null,
        to: request.email,
        subject: 'You already have an Atrium account',
        secret: '',
        body: () =>
          `Someone (we hope you) tried to sign up for Atrium as ${request.email}, which has an account already.\n\n` +
          `Sign in at ${mail.appUrl}/login, or choose a new password at ${mail.appUrl}/forgot-password.\n\n` +
          'If it was not you, ignore this mail: nothing changed.\n',
      })
      return { delivery: notice, issued: false }
    }
    await tx.signUpRequest.updateMany({ where: { email: request.email, usedAt: null }, data: { usedAt: new Date() } })
    await tx.signUpRequest.create({
      data: {
        email: request.email,
        name: request.name,
        passwordHash: request.passwordHash,
        tokenHash: hashSignUpToken(token),
        expiresAt: new Date(Date.now() + SIGN_UP_LIFETIME_MS),
      },
    })
    const confirmation = await queueMail(tx, {
      tenantId: null,
      to: request.email,
      subject: 'Confirm your Atrium account',
      secret: link,
      body: (secret) =>
        `Hello ${request.name},\n\nSomeone (we hope you) signed up for Atrium as ${request.email}.\n\n` +
        `Open this link within 24 hours and type the password you chose to create the account:\n${secret}\n\n` +
        'If it was not you, ignore this mail: no account is made without that password.\n',
    })
    return { delivery: confirmation, issued: true }
  })
  if (mail.smtpUrl) await deliverMail(db, { smtpUrl: mail.smtpUrl, mailFrom: mail.mailFrom }, delivery)
  return issued ? link : null
}

/** "Send it again": a new link for the newest sign-up of the address, if one waits; the same answer either way. */
export async function resendSignUp(
  db: Db,
  mail: MailSettings,
  raw: unknown,
  meta: RequestMeta,
): Promise<ActionResult<{ message: string }>> {
  const parsed = addressInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { email } = parsed.data
  return resultOf(async () => {
    await countSignUpRequest(db, email, meta)
    await afterResponse(() =>
      withScope(SIGN_IN, async () => {
        const newest = await db.signUpRequest.findFirst({ where: { email }, orderBy: { createdAt: 'desc' } })
        if (newest && !newest.usedAt) await requestSignUp(db, mail, newest)
      }),
    )
    return { message: SENT_AGAIN }
  })
}

/** Whether a sign-up's link can still be used (its page asks before showing the form). */
export async function signUpLinkIsOpen(db: Db, token: string): Promise<boolean> {
  const request = await db.signUpRequest.findUnique({ where: { tokenHash: hashSignUpToken(token) } })
  return Boolean(request && !request.usedAt && request.expiresAt > new Date())
}

/**
 * The link opened and the password typed again: the account is made, its address verified.
 * Both are needed: the link alone (a mail the owner never asked for, opened out of curiosity)
 * must not hand the address to whoever signed up with it. Attempts are counted per client
 * address; a link is used once, even when two requests race.
 */
export async function completeSignUp(db: Db, raw: unknown, meta: RequestMeta): Promise<ActionResult<{ userId: string; email: string }>> {
  const parsed = completeSignUpInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { token, password } = parsed.data
  const address = clientAddressOf(meta)
  const isOpen = (request: { usedAt: Date | null; expiresAt: Date } | null) =>
    Boolean(request && !request.usedAt && request.expiresAt > new Date())
  return resultOf(async () => {
    const guarded = await guardedCheck(
      db,
      [{ rule: THROTTLE_RULES.verificationAddress, subject: address }],
      { event: 'verification.failed', subject: address, meta },
      async () => {
        const request = await db.signUpRequest.findUnique({ where: { tokenHash: hashSignUpToken(token) } })
        return { request, passwordRight: isOpen(request) && (await verifyPassword(request!.passwordHash, password)) }
      },
      ({ passwordRight }) => passwordRight,
    )
    if (!guarded.checked) refuseTooManyAttempts(guarded.retryAfterMs)
    const { request, passwordRight } = guarded.result
    if (!request || !isOpen(request)) refuse('NOT_FOUND', SIGN_UP_LINK_CLOSED)
    if (!passwordRight) refuse('VALIDATION', undefined, { password: [NOT_THE_SIGN_UP_PASSWORD] })
    const user = await db.$transaction(async (tx) => {
      const used = await tx.signUpRequest.updateMany({
        where: { id: request.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      })
      if (used.count !== 1) refuse('NOT_FOUND', SIGN_UP_LINK_CLOSED)
      // Invited, or signed up by another link, meanwhile.
      if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) refuse('CONFLICT', ADDRESS_HAS_ACCOUNT)
      return tx.user.create({
        data: { email: request.email, name: request.name, passwordHash: request.passwordHash, emailVerifiedAt: new Date() },
      })
    })
    await recordSecurityEvent(db, 'signUp.verified', user.email, meta)
    return { userId: user.id, email: user.email }
  })
}
