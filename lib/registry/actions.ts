import type { z } from 'zod'
import type { Action } from '@/lib/actions/define-action'
import { ACCOUNT_ACTIONS } from '@/lib/accounts/actions'
import { API_KEY_ACTIONS } from '@/lib/api-keys/actions'
import { ENVIRONMENT_ACTIONS } from '@/lib/environments/actions'
import { INVITATION_ACTIONS } from '@/lib/invitations/actions'
import { MEMBER_ACTIONS } from '@/lib/members/actions'
import { PROVIDER_ACTIONS } from '@/lib/providers/actions'
import { RELEASE_ACTIONS } from '@/lib/releases/actions'
import { RESOURCE_ACTIONS } from '@/lib/resources/actions'
import { SESSION_ACTIONS } from '@/lib/sessions/actions'
import { PLATFORM_ACTIONS } from '@/lib/platform/actions'
import { SUPPORT_ACTIONS } from '@/lib/support/actions'
import { SWITCHER_ACTIONS } from '@/lib/switcher/actions'
import { ORGANISATION_ACTIONS } from '@/lib/tenants/actions'
import { TENANT_USER_ACTIONS } from '@/lib/tenant-users/actions'
import { TWO_FACTOR_ACTIONS } from '@/lib/two-factor/actions'
import { WORKSPACE_ACTIONS } from '@/lib/workspaces/actions'

/**
 * Every action, gathered from each domain's `actions/index.ts`. Browsers reach them through
 * one dispatcher (run-action.ts), the public API and the seed call them directly, and the
 * authorisation matrix walks this list: an action missing here is unreachable, one
 * missing from the matrix fails it by name.
 */
export const ACTIONS = [
  ...WORKSPACE_ACTIONS,
  ...MEMBER_ACTIONS,
  ...INVITATION_ACTIONS,
  ...TENANT_USER_ACTIONS,
  ...ENVIRONMENT_ACTIONS,
  ...RESOURCE_ACTIONS,
  ...RELEASE_ACTIONS,
  ...PROVIDER_ACTIONS,
  ...API_KEY_ACTIONS,
  ...SESSION_ACTIONS,
  ...ACCOUNT_ACTIONS,
  ...TWO_FACTOR_ACTIONS,
  ...SWITCHER_ACTIONS,
  ...ORGANISATION_ACTIONS,
  ...SUPPORT_ACTIONS,
  ...PLATFORM_ACTIONS,
] as const

export type RegisteredAction = (typeof ACTIONS)[number]
export type ActionName = RegisteredAction['name']
type Named<N extends ActionName> = Extract<RegisteredAction, { name: N }>
/** What a caller sends to the action named N. */
export type ActionInput<N extends ActionName> = z.input<Named<N>['input']>
/** What the action named N answers with on success. */
export type ActionData<N extends ActionName> = Named<N> extends Action<z.ZodType, infer T, N> ? T : never

const byName = new Map<string, RegisteredAction>()
for (const action of ACTIONS) {
  if (byName.has(action.name)) throw new Error(`Two actions are named ${action.name}`)
  byName.set(action.name, action)
}

/** The action of that name, or undefined for a name no action has (a name comes from outside). */
export const actionNamed = (name: unknown): RegisteredAction | undefined => (typeof name === 'string' ? byName.get(name) : undefined)

/** The action of that name that browsers may call (the dispatcher's lookup); undefined otherwise. */
export const browserAction = (name: unknown): RegisteredAction | undefined => {
  const action = actionNamed(name)
  return action?.browser ? action : undefined
}
