import type { Db } from '@/lib/db/client'
import type { AtriumToken } from './claims'
import { landingWorkspace, verifiedWorkspaceClaim } from './workspace-claim'

interface TokenEvent {
  /** Present at sign-in only. */
  user?: { id?: string; sessionVersion?: number }
  trigger?: 'signIn' | 'signUp' | 'update'
  /** The payload of a session update: client-chosen, so never trusted. */
  session?: unknown
}

/**
 * What the jwt callback does: at sign-in the token gets the user's session version and
 * landing workspace; on an update it takes a new workspace only if the user may enter it
 * now. Anything else in the update payload is ignored.
 */
export async function refreshToken<T extends AtriumToken>(db: Db, token: T, event: TokenEvent): Promise<T> {
  if (event.user?.id) {
    token.sessionVersion = event.user.sessionVersion ?? 1
    Object.assign(token, await landingWorkspace(db, event.user.id))
  }
  if (event.trigger === 'update' && token.sub) {
    const requested = (event.session as { workspaceId?: unknown } | undefined)?.workspaceId
    const verified = await verifiedWorkspaceClaim(db, token.sub, requested)
    if (verified) Object.assign(token, verified)
  }
  return token
}
