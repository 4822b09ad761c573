import type { z } from 'zod'
import { EXPECTED_WORKSPACE_FIELD, failure, type Action, type ActionEnvironment } from './define-action'
import type { ActionResult } from './errors'

/**
 * An action called from a browser. Unlike a call from the server (the workspace switch in
 * the session callback, tests), it must say which workspace its tab shows: a call without
 * that field is refused as a stale tab, so no form can silently lose the protection.
 */
export async function executeFromBrowser<S extends z.ZodType, T>(
  action: Action<S, T>,
  env: ActionEnvironment,
  raw: unknown,
): Promise<ActionResult<T>> {
  const field = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[EXPECTED_WORKSPACE_FIELD] : undefined
  if (action.staleTabCheck && typeof field !== 'string') return failure('STALE_WORKSPACE')
  return action.execute(env, raw)
}
