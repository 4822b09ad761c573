import { changeTenantRole } from './change-tenant-role'
import { removeTenantUser } from './remove-tenant-user'
import { setUserStatus } from './set-user-status'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const TENANT_USER_ACTIONS = [changeTenantRole, setUserStatus, removeTenantUser] as const
