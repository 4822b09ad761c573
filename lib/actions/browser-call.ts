import type { z } from 'zod'
import { EXPECTED_WORKSPACE_FIELD, failure, type Action, type ActionEnvironment } from './define-action'

/**
 * An action called from a browser. Unlike a call from the server (the workspace switch in
 * the session callback, tests), it must say which workspace its tab shows: a call without
 * that field is refused as a stale tab, so no form can silently lose the protection.
 */
export async function executeFromBrowser<A extends Action<z.ZodType, unknown>>(
  action: A,
  env: ActionEnvironment,
  raw: unknown,
): Promise<Awaited<ReturnType<A['execute']>>> {
  const field = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[EXPECTED_WORKSPACE_FIELD] : undefined
  if (action.staleTabCheck && typeof field !== 'string') return failure('STALE_WORKSPACE') as Awaited<ReturnType<A['execute']>>
  return action.execute(env, raw) as Promise<Awaited<ReturnType<A['execute']>>>
}
