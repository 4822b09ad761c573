import { z } from 'zod'
import { entityId } from '@/lib/validation'

/** What every action on one of the tenant's people names. */
export const tenantUserTargetInput = z.object({ userId: entityId })

/** How tenant-user actions are declared: tenant-level, by those who manage the tenant. */
export const MANAGE_TENANT = { permission: 'tenant.manage' } as const
