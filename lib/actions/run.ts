import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import type { z } from 'zod'
import { auth } from '@/lib/auth'
import { claimsFromSession } from '@/lib/auth/claims'
import { metaFromHeaders } from '@/lib/http/client-address'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import type { Action, RequestMeta } from './define-action'
import type { ActionResult } from './errors'

export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers())
}

/** Runs an action for the current request (the glue between Next.js and defineAction). */
export async function runAction<S extends z.ZodType, T>(action: Action<S, T>, raw: unknown): Promise<ActionResult<T>> {
  const result = await action.execute(
    { db: getDb(), claims: claimsFromSession(await auth()), auditKey: getConfig().auditKey, meta: await requestMeta() },
    raw,
  )
  if (result.ok) revalidatePath('/', 'layout')
  return result
}
