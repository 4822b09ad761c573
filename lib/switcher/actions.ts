'use server'

import { redirect } from 'next/navigation'
import { runAction } from '@/lib/actions/run'
import { unstable_update } from '@/lib/auth'
import { switchWorkspaceAction } from './action-definitions'

/**
 * Makes another workspace the active one: verified and audited by the action, then the
 * session token is re-issued (the jwt callback verifies the claim once more) and the
 * browser goes to the dashboard, which from this request on shows the new workspace.
 */
export async function switchWorkspace(workspaceId: string) {
  const result = await runAction(switchWorkspaceAction, { workspaceId })
  if (!result.ok) return result
  await unstable_update({ workspaceId } as never)
  redirect('/')
}
