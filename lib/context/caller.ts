import type { Caller } from '@/lib/actions/caller'
import type { Db } from '@/lib/db/client'
import { loadAccount, loadActor, resolveContext, type RequestContext, type SessionClaims } from './resolve'

/** A signed-in person as the caller of an action: their request context, re-checked now. */
export function sessionCallerOf(ctx: RequestContext): Caller {
  const userId = ctx.user.id
  return {
    userId,
    tenantId: ctx.tenant?.id ?? null,
    sessionId: ctx.sessionId,
    session: { activeWorkspace: ctx.workspace ? { id: ctx.workspace.id, name: ctx.workspace.name } : null },
    actorIn: (db, tenantId) => loadActor(db, userId, tenantId),
    account: (db) => loadAccount(db, userId),
    stamp: (record) => record,
  }
}

/** The caller a session's claims stand for, or null when they no longer stand for a signed-in person. */
export async function sessionCaller(db: Db, claims: SessionClaims | null): Promise<Caller | null> {
  const ctx = claims ? await resolveContext(db, claims) : null
  return ctx ? sessionCallerOf(ctx) : null
}
