import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import type { z } from 'zod'
import { auth } from '@/lib/auth'
import { claimsFromSession } from '@/lib/auth/claims'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { metaFromHeaders, type RequestMeta } from '@/lib/http/client-address'
import { executeFromBrowser } from './browser-call'
import { actionSettings, type Action, type StaleTabField } from './define-action'
import type { ActionResult } from './errors'

export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers())
}

/** What a browser sends to a server action: the definition's input and the workspace its tab shows. */
export type ServerActionInput<S extends z.ZodType> = z.input<S> & StaleTabField

export type ServerAction<S extends z.ZodType, T> = (input: ServerActionInput<S>) => Promise<ActionResult<T>>

/**
 * Exposes a definition to browsers. In a `'use server'` module:
 *   export const archiveWorkspaceAction = serverAction(archiveWorkspaceDefinition)
 * Client components call it through useAction(), typed by the definition's input.
 */
export function serverAction<S extends z.ZodType, T>(action: Action<S, T>): ServerAction<S, T> {
  return async (input) => {
    const config = getConfig()
    const env = {
      db: getDb(),
      claims: claimsFromSession(await auth()),
      auditKey: config.auditKey,
      meta: await requestMeta(),
      settings: actionSettings(config),
    }
    const result = await executeFromBrowser(action, env, input)
    if (result.ok) revalidatePath('/', 'layout')
    return result
  }
}
