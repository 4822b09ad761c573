'use server'

import { revalidatePath } from 'next/cache'
import { executeFromBrowser } from '@/lib/actions/browser-call'
import { actionSettings, failure } from '@/lib/actions/define-action'
import type { ActionResult } from '@/lib/actions/errors'
import { auth } from '@/lib/auth'
import { claimsFromSession } from '@/lib/auth/claims'
import { getConfig } from '@/lib/config'
import { sessionCaller } from '@/lib/context/caller'
import { getDb } from '@/lib/db/client'
import { requestMeta } from '@/lib/http/request-meta'
import { browserAction } from './actions'

/**
 * The one server action browsers call: the registered action of that name, as the
 * signed-in person, from the tab that sent it (useAction adds the workspace it shows).
 * A name no action has, and an action only the server may start, answer as an unknown thing does.
 */
export async function runAction(name: string, input: unknown): Promise<ActionResult<unknown>> {
  const action = browserAction(name)
  if (!action) return failure('NOT_FOUND')
  const config = getConfig()
  const db = getDb()
  const env = {
    db,
    caller: async () => sessionCaller(db, claimsFromSession(await auth())),
    auditKey: config.auditKey,
    meta: await requestMeta(),
    settings: actionSettings(config),
  }
  const result = await executeFromBrowser(action, env, input)
  if (result.ok) revalidatePath('/', 'layout')
  return result
}
