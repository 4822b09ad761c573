'use server'

import { serverAction, type ServerActionInput } from '@/lib/actions/server-action'
import { signOut } from '@/lib/auth'
import { endSessionDefinition, signOutEverywhereDefinition } from './definitions'

export const endSessionAction = serverAction(endSessionDefinition)

const signOutEverywhere = serverAction(signOutEverywhereDefinition)

/** Every session ends in the database first; then this browser's cookie goes too. */
export async function signOutEverywhereAction(input: ServerActionInput<typeof signOutEverywhereDefinition.input>) {
  const result = await signOutEverywhere(input)
  if (!result.ok) return result
  await signOut({ redirectTo: '/login' })
  return result
}
