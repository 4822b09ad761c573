import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'

/** The open invitation an action names, in the workspace it was authorised on; "no longer open" otherwise. */
export async function openInvitation(tx: Tx, scope: ActionScope<{ workspaceId: string; invitationId: string }>) {
  const invitation = await tx.invitation.findFirst({ where: { id: scope.input.invitationId, workspaceId: scope.input.workspaceId } })
  if (!invitation || invitation.acceptedAt || invitation.revokedAt) refuse('NOT_FOUND', 'This invitation is no longer open.')
  return invitation!
}
