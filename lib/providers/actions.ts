'use server'

import { serverAction } from '@/lib/actions/server-action'
import {
  addCredentialDefinition,
  deleteCredentialDefinition,
  grantCredentialDefinition,
  revokeGrantDefinition,
  rotateCredentialDefinition,
  setCredentialEnabledDefinition,
  testCredentialDefinition,
} from './service'

export const addCredentialAction = serverAction(addCredentialDefinition)
export const rotateCredentialAction = serverAction(rotateCredentialDefinition)
export const setCredentialEnabledAction = serverAction(setCredentialEnabledDefinition)
export const deleteCredentialAction = serverAction(deleteCredentialDefinition)
export const testCredentialAction = serverAction(testCredentialDefinition)
export const grantCredentialAction = serverAction(grantCredentialDefinition)
export const revokeGrantAction = serverAction(revokeGrantDefinition)
