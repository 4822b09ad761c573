import { changePassword } from './change-password'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const ACCOUNT_ACTIONS = [changePassword] as const
