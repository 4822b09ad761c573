import { cache } from 'react'
import { auth } from '@/lib/auth'
import { claimsFromSession } from '@/lib/auth/claims'
import { getDb } from '@/lib/db/client'
import { resolveContext, type RequestContext } from './resolve'

/** The signed-in user's context for this request (cached per request), or null when signed out. */
export const getContext = cache(async (): Promise<RequestContext | null> => {
  const claims = claimsFromSession(await auth())
  return claims ? resolveContext(getDb(), claims) : null
})
