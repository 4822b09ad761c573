import { describe, expect, it } from 'vitest'
import type { TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'
import { PERMISSION_TABLE as TABLE, type Role } from '@/test/permission-table'
import {
  authorize,
  authorizeAccount,
  can,
  holdsNoWrite,
  isPlatformPermission,
  OWN_ACCOUNT,
  PERMISSION_KINDS,
  PERMISSIONS,
  supportRole,
  type Actor,
  type Permission,
} from './permissions'

const TENANT = 't-own'
const OWN = 'w-own'

function actorFor(role: Role, overrides: Partial<Actor> = {}): Actor {
  const tenantRole: TenantRole = role === 'tenant_admin' || role === 'tenant_auditor' ? role : 'tenant_member'
  const workspaceRoles: Record<string, WorkspaceRole> = tenantRole === 'tenant_member' ? { [OWN]: role as WorkspaceRole } : {}
  return { userId: 'u', tenantId: TENANT, tenantRole, workspaceRoles, ...overrides }
}

const ROLES = Object.keys(TABLE['workspace.read']) as Role[]
const TENANT_LEVEL: Permission[] = [
  'workspace.create',
  'workspace.archive',
  'workspace.restore',
  'workspace.setDefault',
  'members.overrideLastAdmin',
  'users.read',
  'audit.readTenant',
  'tenant.manage',
]

describe('the permission table', () => {
  it('covers every permission the module knows', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...PERMISSIONS].sort())
  })

  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const reach = TABLE[permission][role]
      it(`${role} ${reach ? `may ${permission} in ${reach === 'all' ? 'every' : 'their own'} workspace` : `may not ${permission}`}`, () => {
        const actor = actorFor(role)
        expect(can(actor, permission, { tenantId: TENANT, workspaceId: OWN })).toBe(reach !== false)
        expect(can(actor, permission, { tenantId: TENANT, workspaceId: 'w-other' })).toBe(reach === 'all')
        if (TENANT_LEVEL.includes(permission)) {
          expect(can(actor, permission, { tenantId: TENANT })).toBe(reach === 'all')
        }
        // Another tenant's resources are out of reach for everyone.
        expect(can(actor, permission, { tenantId: 't-other', workspaceId: OWN })).toBe(false)
        expect(can(actor, permission, { tenantId: 't-other', workspaceId: 'w-foreign' })).toBe(false)
      })
    }
  }

  it('gives workspace roles nothing in an archived workspace, while tenant roles keep reading it', () => {
    const archived = { tenantId: TENANT, workspaceId: OWN, archived: true }
    for (const role of ['workspace_admin', 'workspace_member', 'workspace_viewer'] as const) {
      expect(can(actorFor(role), 'workspace.read', archived)).toBe(false)
    }
    expect(can(actorFor('tenant_auditor'), 'workspace.read', archived)).toBe(true)
    expect(can(actorFor('tenant_admin'), 'workspace.restore', archived)).toBe(true)
  })

  it('refuses every write on an archived workspace to every role, restore excepted, and says why', () => {
    const archived = { tenantId: TENANT, workspaceId: OWN, archived: true }
    const support = actorFor('tenant_admin', { support: { sessionId: 's', mode: 'read_write', endsAt: new Date(), reason: 'r' } })
    for (const actor of [...ROLES.map((role) => actorFor(role)), support]) {
      for (const permission of PERMISSIONS) {
        if (PERMISSION_KINDS[permission] !== 'write' || permission === 'workspace.restore') {
          continue
        }
        expect(can(actor, permission, archived), `${actor.tenantRole} ${permission}`).toBe(false)
      }
    }
    expect(authorize(actorFor('tenant_admin'), 'members.manage', archived)).toBe('WORKSPACE_ARCHIVED')
    expect(authorize(actorFor('tenant_auditor'), 'members.manage', archived)).toBe('FORBIDDEN')
    expect(authorize(support, 'workspace.update', archived)).toBe('WORKSPACE_ARCHIVED')
    expect(authorize(actorFor('tenant_admin'), 'workspace.restore', archived)).toBe('ok')
    expect(authorize(actorFor('tenant_admin'), 'audit.readWorkspace', archived)).toBe('ok')
  })

  it('gives a support session the role it grants: an auditor’s read-only, a tenant admin’s read-write', () => {
    expect(supportRole('read_only')).toBe('tenant_auditor')
    expect(supportRole('read_write')).toBe('tenant_admin')
  })

  it('gives a platform operator nothing in an organisation by being one: account-level only, with two-factor', () => {
    const rules = { organisationCreation: 'anyone' } as const
    const operator = { userId: 'u', isPlatformAdmin: true, emailVerified: true, hasTwoFactor: true }
    expect(authorizeAccount(operator, 'platform.operate', rules)).toBe('ok')
    expect(authorizeAccount({ ...operator, hasTwoFactor: false }, 'platform.operate', rules)).toBe('TWO_FACTOR_REQUIRED')
    expect(authorizeAccount({ ...operator, isPlatformAdmin: false }, 'platform.operate', rules)).toBe('FORBIDDEN')
    expect(isPlatformPermission('platform.operate')).toBe(true)
    expect(isPlatformPermission('organisation.create')).toBe(false)
  })

  it('gives a tenant member without a workspace role nothing but their own account', () => {
    const member = actorFor('workspace_member', { workspaceRoles: {} })
    for (const permission of PERMISSIONS.filter((p) => p !== OWN_ACCOUNT))
      expect(can(member, permission, { tenantId: TENANT, workspaceId: OWN })).toBe(false)
    expect(can(member, OWN_ACCOUNT, { tenantId: TENANT })).toBe(true)
  })

  it('lets someone who must set up two-factor authentication manage their account and nothing else', () => {
    for (const role of ROLES) {
      const actor = actorFor(role, { mustEnrolTwoFactor: true })
      expect(authorize(actor, OWN_ACCOUNT, { tenantId: TENANT })).toBe('ok')
      for (const permission of PERMISSIONS.filter((p) => p !== OWN_ACCOUNT && TABLE[p][role])) {
        expect(authorize(actor, permission, { tenantId: TENANT, workspaceId: OWN })).toBe('TWO_FACTOR_REQUIRED')
      }
    }
  })
})

describe('holdsNoWrite', () => {
  it('is true for exactly the roles whose every permission reads', () => {
    const readOnly = ROLES.filter((role) => holdsNoWrite(actorFor(role)))
    const expected = ROLES.filter((role) =>
      PERMISSIONS.every((permission) => !TABLE[permission][role] || PERMISSION_KINDS[permission] === 'read' || permission === OWN_ACCOUNT),
    )
    expect(readOnly).toEqual(expected)
    expect(readOnly).toEqual(['workspace_viewer', 'tenant_auditor'])
  })
})
