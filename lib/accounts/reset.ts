import { randomBytes } from 'node:crypto'
import { sha256Hex } from '@/lib/crypto/digest'
import { validationFailure } from '@/lib/actions/define-action'
import { refusal, refuse, resultOf, type ActionResult } from '@/lib/actions/errors'
import { recordAuditEvent } from '@/lib/audit/record'
import { hashPassword } from '@/lib/auth/password'
import type { Db, Tx } from '@/lib/db/client'
import { afterResponse } from '@/lib/http/after-response'
import type { RequestMeta } from '@/lib/http/client-address'
import { deliverMail, queueMail, type MailSettings } from '@/lib/mail/outbox'
import { recordSecurityEvent } from '@/lib/security/events'
import { clientAddressOf, countRequest } from '@/lib/security/guard'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import { endSessionsOf, voidPendingSignIns } from '@/lib/sessions/service'
import { accountPasswordReset } from './audit-events'
import { requireStrongPassword } from './password'
import { addressInput, resetPasswordInput } from './schema'

export const RESET_LIFETIME_MS = 30 * 60_000
/** The one answer to every request, whether or not the address has an account. */
export const RESET_REQUESTED =
  'If an account exists for this address, a link to choose a new password is on its way. It works once, for 30 minutes.'
export const RESET_LINK_CLOSED = 'This link can no longer be used. Ask for a new one.'

const hashResetToken = sha256Hex
export const resetLink = (appUrl: string, token: string) => `${appUrl}/reset-password/${token}`

/**
 * A reset link for an active account: earlier unused links stop working, and the mail is
 * queued in the outbox of the first tenant the person is active in, or as the instance's own
 * mail for someone in no organisation (sent at once with SMTP). Returns the link (tests read
 * it; nobody else sees it), or null for no account.
 */
export async function issuePasswordReset(db: Db, email: string, mail: MailSettings): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { email },
    include: { tenantMemberships: { where: { status: 'ACTIVE' }, orderBy: { createdAt: 'asc' }, take: 1 } },
  })
  if (!user || user.status !== 'ACTIVE') return null
  const tenantId = user.tenantMemberships[0]?.tenantId ?? null
  const token = randomBytes(32).toString('base64url')
  const link = resetLink(mail.appUrl, token)
  const delivery = await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } })
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_LIFETIME_MS) },
    })
    return queueMail(tx, {
      tenantId,
      to: user.email,
      subject: 'Choose a new Atrium password',
      secret: link,
      body: (secret) =>
        `Someone (we hope you) asked to reset the password of ${user.email} on Atrium.\n\n` +
        `Choose a new password (the link works once, for 30 minutes):\n${secret}\n\n` +
        'If it was not you, ignore this mail: your password stays as it is.\n',
    })
  })
  if (mail.smtpUrl) await deliverMail(db, { smtpUrl: mail.smtpUrl, mailFrom: mail.mailFrom }, delivery)
  return link
}

/**
 * "Forgot password?": counted per address and per client address; the same answer, in
 * the same time, whether the address has an account or not (the link is made after it).
 */
export async function requestPasswordReset(
  db: Db,
  mail: MailSettings,
  raw: unknown,
  meta: RequestMeta,
): Promise<ActionResult<{ message: string }>> {
  const parsed = addressInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { email } = parsed.data
  // Every request counts as a failure would: recorded, and the fourth in a window starts a lock-out.
  const guarded = await countRequest(
    db,
    [
      { rule: THROTTLE_RULES.resetAccount, subject: email },
      { rule: THROTTLE_RULES.resetAddress, subject: clientAddressOf(meta) },
    ],
    { event: 'passwordReset.requested', subject: email, meta },
  )
  if (!guarded.checked) {
    return refusal('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs), { retryAfterSeconds: Math.ceil(guarded.retryAfterMs / 1000) })
  }
  await afterResponse(() => issuePasswordReset(db, email, mail))
  return { ok: true, data: { message: RESET_REQUESTED } }
}

/** Whether a reset link can still be used (the page asks before showing its form). */
export async function resetLinkIsOpen(db: Db, token: string): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) } })
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date())
}

/**
 * Sets a new password with a reset link: the link is used up (once, even when two
 * requests race), every session of the account ends, and the tenant's log records it (a
 * security event, for someone in no organisation).
 */
export async function resetPassword(db: Db, auditKey: string, raw: unknown, meta: RequestMeta): Promise<ActionResult<{ email: string }>> {
  const parsed = resetPasswordInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { token, newPassword } = parsed.data
  return resultOf(async () => {
    const reset = await db.passwordReset.findUnique({
      where: { tokenHash: hashResetToken(token) },
      include: { user: { include: { tenantMemberships: { orderBy: { createdAt: 'asc' } } } } },
    })
    if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.status !== 'ACTIVE') refuse('NOT_FOUND', RESET_LINK_CLOSED)
    const { user } = reset!
    await requireStrongPassword('newPassword', newPassword, user)
    const passwordHash = await hashPassword(newPassword)
    const tenantId = (user.tenantMemberships.find((m) => m.status === 'ACTIVE') ?? user.tenantMemberships[0])?.tenantId
    const change = async (tx: Tx) => {
      const used = await tx.passwordReset.updateMany({
        where: { id: reset!.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      })
      if (used.count !== 1) refuse('NOT_FOUND', RESET_LINK_CLOSED)
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } })
      await endSessionsOf(tx, user.id, 'passwordReset')
      await voidPendingSignIns(tx, user.id)
      // Whoever holds the mailbox may sign in again at once.
      await tx.authThrottle.deleteMany({ where: { key: `${THROTTLE_RULES.signInAccount.prefix}:${user.email}` } })
    }
    if (tenantId) {
      await recordAuditEvent(
        db,
        auditKey,
        accountPasswordReset,
        { tenantId, actorId: user.id, targetId: user.id, data: {}, ...meta },
        change,
      )
    } else {
      await db.$transaction(change)
      await recordSecurityEvent(db, 'passwordReset.used', user.email, meta)
    }
    return { email: user.email }
  })
}
