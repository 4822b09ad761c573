import type { JWT } from 'next-auth/jwt'
import type { Session } from 'next-auth'
import type { SessionClaims } from '@/lib/context/resolve'

/** The claims Atrium keeps in the JWT, next to Auth.js's own. */
export interface AtriumToken {
  sub?: string
  tenantId?: string | null
  workspaceId?: string | null
  /** The session record this token stands for (lib/sessions): ended there, refused here. */
  sessionId?: string
}

export function claimsFromToken(token: JWT | AtriumToken | null | undefined): SessionClaims | null {
  const t = token as AtriumToken | null | undefined
  if (!t?.sub || typeof t.sessionId !== 'string') return null
  return { userId: t.sub, tenantId: t.tenantId ?? null, workspaceId: t.workspaceId ?? null, sessionId: t.sessionId }
}

/** The session object exposes the same claims (ids only), so the server can rebuild the context. */
export function claimsFromSession(session: Session | null): SessionClaims | null {
  return claimsFromToken((session as (Session & { claims?: AtriumToken }) | null)?.claims)
}
