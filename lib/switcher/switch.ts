import { AsyncLocalStorage } from 'node:async_hooks'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import type { ActionResult } from '@/lib/actions/errors'
import { switchWorkspace } from './actions/switch-workspace'

type SwitchResult = Awaited<ReturnType<typeof switchWorkspace.execute>>

const waitingForSwitch = new AsyncLocalStorage<{ result?: SwitchResult }>()

/**
 * The one path of every switch of the active workspace, whichever way it arrives (the
 * switcher's server action or a client calling the session endpoint): the switch action
 * verifies access and appends `workspace.switched` to the chain, then the caller puts the
 * answer in the token. A server action waiting on it (below) gets the same answer.
 */
export async function switchActiveWorkspace(env: ActionEnvironment, workspaceId: unknown): Promise<SwitchResult> {
  const result = await switchWorkspace.execute(env, { workspaceId })
  const waiting = waitingForSwitch.getStore()
  if (waiting) waiting.result = result
  return result
}

/**
 * Runs a session update (Auth.js re-issues the token through the jwt callback, which
 * calls switchActiveWorkspace) and returns what the switch answered; undefined when no
 * switch was needed (already the active workspace).
 */
export async function switchThroughSessionUpdate(update: () => Promise<unknown>): Promise<ActionResult<unknown> | undefined> {
  const waiting: { result?: SwitchResult } = {}
  await waitingForSwitch.run(waiting, update)
  return waiting.result
}
