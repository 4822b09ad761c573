import { describe, expect, it } from 'vitest'
import { accessIn } from './roles'

const WORKSPACE = 'w1'

describe('accessIn: how the console names someone’s access to a workspace', () => {
  it('names the role that decides access, read-only for viewers, auditors and anyone without a role there', () => {
    expect(accessIn({ tenantRole: 'tenant_admin', workspaceRoles: {} }, WORKSPACE)).toEqual({
      label: 'Tenant admin',
      readOnly: false,
    })
    expect(accessIn({ tenantRole: 'tenant_member', workspaceRoles: { w1: 'workspace_admin' } }, WORKSPACE)).toEqual({
      label: 'Admin',
      readOnly: false,
    })
    expect(accessIn({ tenantRole: 'tenant_member', workspaceRoles: { w1: 'workspace_member' } }, WORKSPACE)).toEqual({
      label: 'Member',
      readOnly: false,
    })
    expect(accessIn({ tenantRole: 'tenant_member', workspaceRoles: { w1: 'workspace_viewer' } }, WORKSPACE)).toEqual({
      label: 'Viewer',
      readOnly: true,
    })
    expect(accessIn({ tenantRole: 'tenant_auditor', workspaceRoles: {} }, WORKSPACE)).toEqual({
      label: 'Auditor',
      readOnly: true,
    })
    // Someone with no role in the tenant (an operator without a support session) has none here either.
    expect(accessIn({ tenantRole: null, workspaceRoles: {} }, WORKSPACE)).toEqual({ label: 'No role', readOnly: true })
    // A role in another workspace says nothing about this one.
    expect(accessIn({ tenantRole: 'tenant_member', workspaceRoles: { w2: 'workspace_admin' } }, WORKSPACE)).toEqual({
      label: 'No role',
      readOnly: true,
    })
  })
})
