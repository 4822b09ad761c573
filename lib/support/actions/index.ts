import { approveSupport } from './approve-support'
import { denySupport } from './deny-support'
import { endSupport } from './end-support'
import { requestSupport } from './request-support'
import { revokeSupport } from './revoke-support'
import { setSupportAccess } from './set-support-access'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const SUPPORT_ACTIONS = [requestSupport, endSupport, approveSupport, denySupport, revokeSupport, setSupportAccess] as const
