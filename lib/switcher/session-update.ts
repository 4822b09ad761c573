import { unstable_update } from '@/lib/auth'
import type { ActionResult } from '@/lib/actions/errors'
import { switchThroughSessionUpdate } from './switch'

/** What a session update carries to the jwt callback (lib/auth/token.ts reads it). */
export interface WorkspaceSwitchRequest {
  workspaceId: string
}

/**
 * Asks Auth.js to re-issue the session token with another active workspace and returns
 * what the audited switch answered (undefined when it already was the active one).
 */
export function requestWorkspaceSwitch(workspaceId: string): Promise<ActionResult<unknown> | undefined> {
  const request: WorkspaceSwitchRequest = { workspaceId }
  // Auth.js types the update payload as a Session; ours is the request the jwt callback expects.
  return switchThroughSessionUpdate(() => unstable_update(request as Parameters<typeof unstable_update>[0]))
}
