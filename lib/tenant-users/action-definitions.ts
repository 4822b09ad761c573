import { defineAction } from '@/lib/actions/define-action'
import { changeTenantRoleInput, setUserStatusInput } from './schema'
import { changeTenantRole, setUserStatus } from './service'

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
