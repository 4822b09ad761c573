import { endSession } from './end-session'
import { signOutEverywhere } from './sign-out-everywhere'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const SESSION_ACTIONS = [endSession, signOutEverywhere] as const
