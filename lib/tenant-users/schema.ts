import { z } from 'zod'

export const TENANT_ROLES = ['tenant_admin', 'tenant_member', 'tenant_auditor'] as const
export const TENANT_ROLE_LABELS = { tenant_admin: 'Tenant admin', tenant_member: 'Member', tenant_auditor: 'Auditor' } as const

export const changeTenantRoleInput = z.object({
  userId: z.string().min(1),
  role: z.enum(TENANT_ROLES, { message: 'Choose a tenant role.' }),
})

export const setUserStatusInput = z.object({
  userId: z.string().min(1),
  status: z.enum(['ACTIVE', 'DISABLED']),
})

export type ChangeTenantRoleInput = z.output<typeof changeTenantRoleInput>
export type SetUserStatusInput = z.output<typeof setUserStatusInput>
