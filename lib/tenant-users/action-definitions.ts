import { defineAction } from '@/lib/actions/define-action'
import { changeTenantRoleInput, setUserStatusInput, tenantUserTargetInput } from './schema'
import { changeTenantRole, removeTenantUser, setUserStatus } from './service'

export const changeTenantRoleAction = defineAction({
  name: 'tenantUser.changeRole',
  input: changeTenantRoleInput,
  permission: 'tenant.manage',
  run: changeTenantRole,
})

export const setUserStatusAction = defineAction({
  name: 'tenantUser.setStatus',
  input: setUserStatusInput,
  permission: 'tenant.manage',
  run: setUserStatus,
})

export const removeTenantUserAction = defineAction({
  name: 'tenantUser.remove',
  input: tenantUserTargetInput,
  permission: 'tenant.manage',
  run: removeTenantUser,
})
