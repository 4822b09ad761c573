import { sessionCaller } from '@/lib/context/caller'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { switchActiveWorkspace } from '@/lib/switcher/switch'
import { claimsFromToken, type AtriumToken } from './claims'

interface TokenEvent {
  /** Present at sign-in only, with the tenant and workspace the person lands in. */
  user?: { id?: string; sessionId?: string; tenantId?: string | null; workspaceId?: string | null }
  trigger?: 'signIn' | 'signUp' | 'update'
  /** The payload of a session update: client-chosen, so never trusted. */
  session?: unknown
}

/**
 * What the jwt callback does: at sign-in the token gets the id of the session record opened for it and the
 * landing workspace; on an update that asks for another workspace, the switch runs
 * through the same verified, audited action as the switcher, and the token takes the
 * new workspace only if it succeeded. Anything else in the update payload is ignored.
 */
export async function refreshToken<T extends AtriumToken>(
  token: T,
  event: TokenEvent,
  environment: Omit<ActionEnvironment, 'caller'>,
): Promise<T> {
  if (event.user?.id) {
    token.sessionId = event.user.sessionId
    token.tenantId = event.user.tenantId ?? null
    token.workspaceId = event.user.workspaceId ?? null
  }
  const requested = (event.session as { workspaceId?: unknown } | undefined)?.workspaceId
  if (event.trigger === 'update' && requested !== undefined && requested !== token.workspaceId) {
    const result = await switchActiveWorkspace(
      { ...environment, caller: () => sessionCaller(environment.db, claimsFromToken(token)) },
      requested,
    )
    if (result.ok) Object.assign(token, { tenantId: result.data.tenantId, workspaceId: result.data.id })
  }
  return token
}
