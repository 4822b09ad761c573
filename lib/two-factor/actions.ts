'use server'

import { serverAction } from '@/lib/actions/server-action'
import {
  beginTwoFactorDefinition,
  confirmTwoFactorDefinition,
  disableTwoFactorDefinition,
  renewRecoveryCodesDefinition,
  setTwoFactorRequirementDefinition,
} from './service'

export const beginTwoFactorAction = serverAction(beginTwoFactorDefinition)
export const confirmTwoFactorAction = serverAction(confirmTwoFactorDefinition)
export const disableTwoFactorAction = serverAction(disableTwoFactorDefinition)
export const renewRecoveryCodesAction = serverAction(renewRecoveryCodesDefinition)
export const setTwoFactorRequirementAction = serverAction(setTwoFactorRequirementDefinition)
