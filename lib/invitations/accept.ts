import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { DomainError, ERROR_MESSAGES, refuse, type ActionResult } from '@/lib/actions/errors'
import { recordAuditEvent } from '@/lib/audit/record'
import { hashPassword } from '@/lib/auth/password'
import type { Db, Tx } from '@/lib/db/client'
import { acceptInvitationInput } from './schema'
import { hashInvitationToken } from './token'

export type InvitationView =
  | { state: 'open'; email: string; workspaceName: string; tenantName: string; role: string }
  | { state: 'invalid' | 'expired' | 'revoked' | 'used' }

async function lookUp(db: Db | Tx, token: string) {
  return db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { workspace: { include: { tenant: true } } } })
}

function stateOf(invitation: Awaited<ReturnType<typeof lookUp>>): InvitationView['state'] {
  if (!invitation) return 'invalid'
  if (invitation.acceptedAt) return 'used'
  if (invitation.revokedAt) return 'revoked'
  if (invitation.expiresAt.getTime() < Date.now() || invitation.workspace.status !== 'ACTIVE') return 'expired'
  return 'open'
}

/** What the invitation page shows for a link. */
export async function viewInvitation(db: Db, token: string): Promise<InvitationView> {
  const invitation = await lookUp(db, token)
  const state = stateOf(invitation)
  if (state !== 'open') return { state }
  return { state, email: invitation!.email, workspaceName: invitation!.workspace.name, tenantName: invitation!.workspace.tenant.name, role: invitation!.role }
}

/**
 * The invitee (not signed in) sets their name and password: the account, the tenant
 * membership and the workspace membership are created, and the link is used up, in one
 * transaction under the tenant lock, with its audit entry.
 */
export async function acceptInvitation(db: Db, auditKey: string, raw: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationInput.safeParse(raw)
  if (!parsed.success) return { ok: false, code: 'VALIDATION', message: ERROR_MESSAGES.VALIDATION, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> }
  const { token, name, password } = parsed.data
  const invitation = await lookUp(db, token)
  if (stateOf(invitation) !== 'open') return { ok: false, code: 'NOT_FOUND', message: 'This invitation link can no longer be used.' }
  const { tenantId, workspaceId, email, role } = invitation!
  const userId = randomUUID()
  const passwordHash = await hashPassword(password)
  try {
    await recordAuditEvent(
      db,
      auditKey,
      { tenantId, actorId: userId, action: 'invitation.accepted', targetType: 'invitation', targetId: invitation!.id, workspaceId, data: { email, role } },
      async (tx) => {
        // Read again under the lock: a link is used once, even when clicked twice at once.
        if (stateOf(await lookUp(tx, token)) !== 'open') refuse('NOT_FOUND', 'This invitation link can no longer be used.')
        if (await tx.user.findUnique({ where: { email } })) {
          refuse('CONFLICT', 'An account with this email already exists. Sign in with it and ask a tenant administrator to add you.')
        }
        await tx.user.create({ data: { id: userId, email, name, passwordHash } })
        await tx.tenantMembership.create({ data: { tenantId, userId, role: 'tenant_member' } })
        await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: invitation!.invitedById } })
        await tx.invitation.update({ where: { id: invitation!.id }, data: { acceptedAt: new Date() } })
      },
    )
    return { ok: true, data: { email } }
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, message: error.message }
    throw error
  }
}
