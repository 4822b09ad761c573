'use server'

import type { StaleTabField } from '@/lib/actions/define-action'
import type { ActionResult } from '@/lib/actions/errors'
import { signOut } from '@/lib/auth'
import type { ActionData, ActionInput } from '@/lib/registry/actions'
import { runAction } from '@/lib/registry/run-action'

type SignOutEverywhere = 'session.signOutEverywhere'

/** Every session ends in the database first (the registered action); then this browser's cookie goes too. */
export async function signOutEverywhereAction(
  input: ActionInput<SignOutEverywhere> & StaleTabField,
): Promise<ActionResult<ActionData<SignOutEverywhere>>> {
  const result = (await runAction('session.signOutEverywhere', input)) as ActionResult<ActionData<SignOutEverywhere>>
  if (!result.ok) return result
  await signOut({ redirectTo: '/login' })
  return result
}
