'use server'

import { redirect } from 'next/navigation'
import { unstable_update } from '@/lib/auth'
import { switchThroughSessionUpdate } from './switch'

/**
 * Makes another workspace the active one. The session token is re-issued; its jwt
 * callback runs the verified, audited switch (lib/switcher/switch.ts), and the browser
 * goes to the dashboard, which from this request on shows the new workspace.
 */
export async function switchWorkspace(workspaceId: string) {
  const result = await switchThroughSessionUpdate(() => unstable_update({ workspaceId } as never))
  if (result && !result.ok) return result
  redirect('/')
}
