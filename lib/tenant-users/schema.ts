import { z } from 'zod'
import { entityId } from '@/lib/validation'

export const TENANT_ROLES = ['tenant_admin', 'tenant_member', 'tenant_auditor'] as const
export const TENANT_ROLE_LABELS = { tenant_admin: 'Tenant admin', tenant_member: 'Member', tenant_auditor: 'Auditor' } as const

export const tenantUserTargetInput = z.object({ userId: entityId })

export const changeTenantRoleInput = tenantUserTargetInput.extend({
  role: z.enum(TENANT_ROLES, { message: 'Choose a tenant role.' }),
})

export const setUserStatusInput = tenantUserTargetInput.extend({
  status: z.enum(['ACTIVE', 'DISABLED']),
})

export type TenantUserTargetInput = z.output<typeof tenantUserTargetInput>
export type ChangeTenantRoleInput = z.output<typeof changeTenantRoleInput>
export type SetUserStatusInput = z.output<typeof setUserStatusInput>
