import { randomUUID } from 'node:crypto'
import { validationFailure } from '@/lib/actions/define-action'
import { refusal, refuse, resultOf, type ActionResult } from '@/lib/actions/errors'
import { recordAuditEvent } from '@/lib/audit/record'
import { requireStrongPassword } from '@/lib/accounts/password'
import { hashPassword } from '@/lib/auth/password'
import { clientAddressOf, guardedCheck } from '@/lib/security/guard'
import { THROTTLE_RULES, tooManyAttempts } from '@/lib/security/limits'
import type { Db, Tx } from '@/lib/db/client'
import type { RequestMeta } from '@/lib/http/client-address'
import { invitationAccepted } from './audit-events'
import { acceptInvitationInput } from './schema'
import { hashInvitationToken } from './token'

export type InvitationView =
  | { state: 'open'; email: string; workspaceName: string; tenantName: string; role: string; hasAccount: boolean }
  | { state: 'invalid' | 'expired' | 'revoked' | 'used' }

const CLOSED_LINK = 'This invitation link can no longer be used.'

async function lookUp(db: Db | Tx, token: string) {
  return db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { workspace: { include: { tenant: true } } },
  })
}

type Invitation = NonNullable<Awaited<ReturnType<typeof lookUp>>>

function stateOf(invitation: Invitation | null): InvitationView['state'] {
  if (!invitation) return 'invalid'
  if (invitation.acceptedAt) return 'used'
  if (invitation.revokedAt) return 'revoked'
  // An organisation scheduled for deletion takes nobody in: its invitations have ended.
  if (
    invitation.expiresAt.getTime() < Date.now() ||
    invitation.workspace.status !== 'ACTIVE' ||
    invitation.workspace.tenant.deletionScheduledAt
  )
    return 'expired'
  return 'open'
}

/** What the invitation page shows for a link, and whether its address already has an account (then the invitee signs in to join). */
export async function viewInvitation(db: Db, token: string): Promise<InvitationView> {
  const invitation = await lookUp(db, token)
  const state = stateOf(invitation)
  if (state !== 'open') return { state }
  const account = await db.user.findUnique({ where: { email: invitation!.email }, select: { id: true } })
  return {
    state,
    email: invitation!.email,
    workspaceName: invitation!.workspace.name,
    tenantName: invitation!.workspace.tenant.name,
    role: invitation!.role,
    hasAccount: account !== null,
  }
}

/**
 * Uses up an open invitation in one transaction under the tenant lock, with its audit
 * entry: `join` makes the memberships. Read again under the lock, so a link is used once
 * even when clicked twice at once.
 */
async function useInvitation(
  db: Db,
  auditKey: string,
  token: string,
  actorId: string,
  meta: RequestMeta,
  join: (tx: Tx, invitation: Invitation) => Promise<void>,
) {
  const invitation = await lookUp(db, token)
  if (stateOf(invitation) !== 'open') refuse('NOT_FOUND', CLOSED_LINK)
  const { tenantId, workspaceId, email, role } = invitation!
  await recordAuditEvent(
    db,
    auditKey,
    invitationAccepted,
    { tenantId, actorId, targetId: invitation!.id, workspaceId, data: { email, role }, ...meta },
    async (tx) => {
      const current = await lookUp(tx, token)
      if (stateOf(current) !== 'open') refuse('NOT_FOUND', CLOSED_LINK)
      await join(tx, current!)
      await tx.invitation.update({ where: { id: current!.id }, data: { acceptedAt: new Date() } })
    },
  )
  return invitation!
}

/**
 * A new person (no account for the address yet) sets their name and password: the
 * account, the tenant membership and the workspace membership are created together.
 * Links that do not work are counted per client address (the sign-in limiter), so
 * nobody can try tokens at speed; the password must be strong and not their own name.
 */
export async function acceptInvitation(
  db: Db,
  auditKey: string,
  raw: unknown,
  meta: RequestMeta = { ip: null, userAgent: null },
): Promise<ActionResult<{ email: string; userId: string }>> {
  const parsed = acceptInvitationInput.safeParse(raw)
  if (!parsed.success) return validationFailure(parsed.error)
  const { token, name, password } = parsed.data
  const address = clientAddressOf(meta)
  const guarded = await guardedCheck(
    db,
    [{ rule: THROTTLE_RULES.invitationAddress, subject: address }],
    { event: 'invitation.failed', subject: address, meta },
    () => lookUp(db, token),
    (invitation) => stateOf(invitation) === 'open',
  )
  if (!guarded.checked) {
    return refusal('RATE_LIMITED', tooManyAttempts(guarded.retryAfterMs), { retryAfterSeconds: Math.ceil(guarded.retryAfterMs / 1000) })
  }
  const opened = guarded.result
  if (stateOf(opened) !== 'open') return { ok: false, code: 'NOT_FOUND', message: CLOSED_LINK }
  const userId = randomUUID()
  return resultOf(async () => {
    await requireStrongPassword('password', password, { email: opened!.email, name })
    const passwordHash = await hashPassword(password)
    const invitation = await useInvitation(
      db,
      auditKey,
      token,
      userId,
      meta,
      async (tx, { tenantId, workspaceId, email, role, tenantRole, invitedById }) => {
        if (await tx.user.findUnique({ where: { email } }))
          refuse('CONFLICT', 'An account with this email already exists. Sign in with it to accept the invitation.')
        // The link came to this address: it is proven.
        await tx.user.create({ data: { id: userId, email, name, passwordHash, emailVerifiedAt: new Date() } })
        await tx.tenantMembership.create({ data: { tenantId, userId, role: tenantRole ?? 'tenant_member' } })
        await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: invitedById } })
      },
    )
    return { email: invitation.email, userId }
  })
}

/**
 * Someone who already has an account (in another tenant, say) accepts while signed in as
 * the invited address: they join the tenant and the workspace with the same account and
 * password, and get a role there of their own.
 */
export async function joinWithInvitation(
  db: Db,
  auditKey: string,
  token: string,
  userId: string,
  meta: RequestMeta,
): Promise<ActionResult<{ workspaceId: string }>> {
  return resultOf(async () => {
    const invitation = await useInvitation(
      db,
      auditKey,
      token,
      userId,
      meta,
      async (tx, { tenantId, workspaceId, email, role, tenantRole, invitedById }) => {
        const user = await tx.user.findUnique({ where: { id: userId } })
        if (!user || user.status !== 'ACTIVE') refuse('UNAUTHENTICATED')
        if (user!.email !== email) refuse('FORBIDDEN', `This invitation is for ${email}. Sign in as ${email} to accept it.`)
        // Someone who signed up and never opened the verification link proves the address with this one.
        if (!user!.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } })
        const inTenant = await tx.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId } } })
        if (inTenant?.status === 'DISABLED')
          refuse('FORBIDDEN', 'Your access to this organisation is disabled. Ask one of its administrators to re-enable it.')
        if (!inTenant) await tx.tenantMembership.create({ data: { tenantId, userId, role: tenantRole ?? 'tenant_member' } })
        const already = await tx.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } })
        if (!already) await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: invitedById } })
      },
    )
    return { workspaceId: invitation.workspaceId }
  })
}
