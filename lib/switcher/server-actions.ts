'use server'

import { redirect } from 'next/navigation'
import type { z } from 'zod'
import type { StaleTabField } from '@/lib/actions/define-action'
import type { workspaceTargetInput } from '@/lib/workspaces/schema'
import { requestWorkspaceSwitch } from './session-update'

/**
 * Makes another workspace the active one. The session token is re-issued; its jwt
 * callback runs the verified, audited switch (lib/switcher/switch.ts), and the browser
 * goes to that workspace's overview.
 */
export async function switchWorkspaceAction({ workspaceId }: z.input<typeof workspaceTargetInput> & StaleTabField) {
  const result = await requestWorkspaceSwitch(workspaceId)
  if (result && !result.ok) return result
  redirect(`/workspaces/${workspaceId}`)
}
