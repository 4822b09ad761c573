import { beginTwoFactor } from './begin-two-factor'
import { confirmTwoFactor } from './confirm-two-factor'
import { disableTwoFactor } from './disable-two-factor'
import { renewRecoveryCodes } from './renew-recovery-codes'
import { setTwoFactorRequirement } from './set-two-factor-requirement'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const TWO_FACTOR_ACTIONS = [beginTwoFactor, confirmTwoFactor, disableTwoFactor, renewRecoveryCodes, setTwoFactorRequirement] as const
