import { cache } from 'react'
import { auth } from '@/lib/auth'
import { claimsFromSession } from '@/lib/auth/claims'
import { getDb, type Db } from '@/lib/db/client'
import { tenantDb } from '@/lib/db/scope'
import { resolveContext, type RequestContext } from './resolve'

export interface PageContext extends RequestContext {
  /**
   * The database as this request's tenant sees it: every query a page sends through it
   * runs under row-level security for that tenant alone (docs/architecture.md §1a). With
   * no tenant, it sees no tenant's rows.
   */
  db: Db
}

/** The signed-in user's context for this request (cached per request), or null when signed out. */
export const getContext = cache(async (): Promise<PageContext | null> => {
  const claims = claimsFromSession(await auth())
  const ctx = claims ? await resolveContext(getDb(), claims) : null
  return ctx && { ...ctx, db: ctx.tenant ? tenantDb(getDb(), ctx.tenant.id) : getDb() }
})
