import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Workspace } from '@/lib/generated/prisma/client'
import type { Permission } from '@/lib/authz/permissions'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, databaseSnapshot, openSeededDatabase } from '@/test/fixtures'
import { ALL_ACTIONS } from './registry'

/**
 * Every action × every role × own workspace / another workspace of the same tenant /
 * a workspace of another tenant, against a real database. Refusals must change nothing.
 */
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND'
type Where = 'own' | 'otherWorkspace' | 'otherTenant'

/** Demo users by role; "own" is the workspace they hold their role in (or the default). */
const ROLES = {
  tenant_admin: { email: 'admin@acme.test', own: 'acme/marketing' },
  workspace_admin: { email: 'wsadmin@acme.test', own: 'acme/marketing' },
  workspace_member: { email: 'member@acme.test', own: 'acme/marketing' },
  workspace_viewer: { email: 'viewer@acme.test', own: 'acme/staging' },
  tenant_auditor: { email: 'auditor@acme.test', own: 'acme/marketing' },
} as const
type Role = keyof typeof ROLES

const OTHER_WORKSPACE: Record<Role, string> = {
  tenant_admin: 'acme/client-a',
  workspace_admin: 'acme/client-a',
  workspace_member: 'acme/staging',
  workspace_viewer: 'acme/marketing',
  tenant_auditor: 'acme/client-a',
}

/**
 * ARCHITECTURE §2, transcribed independently of lib/authz: where each role may use each
 * permission ('all' = every workspace of its tenant, 'own' = the workspace it holds the role in).
 */
const REACH: Record<Permission, Partial<Record<Role, 'all' | 'own'>>> = {
  'workspace.create': { tenant_admin: 'all' },
  'workspace.archive': { tenant_admin: 'all' },
  'workspace.restore': { tenant_admin: 'all' },
  'workspace.setDefault': { tenant_admin: 'all' },
  'workspace.update': { tenant_admin: 'all', workspace_admin: 'own' },
  'members.manage': { tenant_admin: 'all', workspace_admin: 'own' },
  'assets.write': { tenant_admin: 'all', workspace_admin: 'own', workspace_member: 'own' },
  'workspace.read': { tenant_admin: 'all', workspace_admin: 'own', workspace_member: 'own', workspace_viewer: 'own', tenant_auditor: 'all' },
  'audit.readTenant': { tenant_admin: 'all', tenant_auditor: 'all' },
  'audit.readWorkspace': { tenant_admin: 'all', workspace_admin: 'own', tenant_auditor: 'all' },
  'tenant.manage': { tenant_admin: 'all' },
}

function expected(permission: Permission, role: Role, where: Where): Outcome {
  if (where === 'otherTenant') return 'NOT_FOUND'
  const granted = REACH[permission][role]
  if (!granted) return 'FORBIDDEN'
  return granted === 'all' || where === 'own' ? 'ok' : 'FORBIDDEN'
}

let call = 0
/** An open invitation per workspace, made directly in the database for resend/revoke. */
const openInvitations = new Map<string, string>()
async function openInvitation(w: { id: string; tenantId: string }) {
  const invitation = await t.db.invitation.create({
    data: { tenantId: w.tenantId, workspaceId: w.id, email: `open-${++call}@example.test`, role: 'workspace_viewer', tokenHash: `hash-${call}`, expiresAt: new Date(Date.now() + 86_400_000) },
  })
  openInvitations.set(w.id, invitation.id)
}

interface ActionCase {
  /** A valid input against the target workspace, asking for a real change on every call. */
  input(workspace: Workspace): Record<string, unknown> | Promise<Record<string, unknown>>
  /** Puts the target in the state the action needs (e.g. archived, to restore it). */
  prepare?(workspace: Workspace): Promise<void>
}

const CASES: Record<string, ActionCase> = {
  'workspace.updateSettings': {
    input: (w) => ({ workspaceId: w.id, name: `Renamed ${++call}`, description: `Changed ${call}`, color: 'green' }),
  },
  'workspace.create': {
    input: () => ({ name: `Created ${++call}`, slug: `created-${call}`, color: 'teal' }),
  },
  'workspace.archive': { input: (w) => ({ workspaceId: w.id, confirmName: w.name }) },
  'workspace.restore': {
    input: (w) => ({ workspaceId: w.id }),
    prepare: async (w) => {
      await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [w.id])
    },
  },
  'workspace.setDefault': { input: (w) => ({ workspaceId: w.id }) },
  'workspace.switch': { input: (w) => ({ workspaceId: w.id }) },
  'member.add': {
    // Someone of the workspace's tenant who is not yet a member (anyone, in a tenant where everyone is).
    input: async (w) => {
      const notYetMember = { workspaceMemberships: { none: { workspaceId: w.id } } }
      const user =
        (await t.db.user.findFirst({ where: { ...notYetMember, tenantMemberships: { some: { tenantId: w.tenantId } } } })) ??
        (await t.db.user.findFirstOrThrow({ where: notYetMember }))
      return { workspaceId: w.id, userId: user.id, role: 'workspace_viewer' }
    },
  },
  'member.changeRole': {
    input: async (w) => {
      const member = await t.db.workspaceMembership.findFirstOrThrow({ where: { workspaceId: w.id, role: { not: 'workspace_admin' } } })
      return { workspaceId: w.id, userId: member.userId, role: member.role === 'workspace_viewer' ? 'workspace_member' : 'workspace_viewer' }
    },
  },
  // Tenant-level: the target is a tenant member of the caller's own tenant who is not the caller.
  'tenantUser.changeRole': {
    input: async (w) => {
      const membership = await t.db.tenantMembership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: w.tenantId, userId: f.user('member@acme.test').id } } })
      return { userId: membership.userId, role: membership.role === 'tenant_member' ? 'tenant_auditor' : 'tenant_member' }
    },
  },
  'tenantUser.setStatus': {
    input: async () => {
      const user = await t.db.user.findUniqueOrThrow({ where: { email: 'both@example.test' } })
      return { userId: user.id, status: user.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE' }
    },
  },
  'invitation.create': { input: (w) => ({ workspaceId: w.id, email: `invitee-${++call}@example.test`, role: 'workspace_member' }) },
  'invitation.resend': { input: (w) => ({ workspaceId: w.id, invitationId: openInvitations.get(w.id)! }), prepare: (w) => openInvitation(w) },
  'invitation.revoke': { input: (w) => ({ workspaceId: w.id, invitationId: openInvitations.get(w.id)! }), prepare: (w) => openInvitation(w) },
  'member.remove': {
    input: async (w) => {
      const member = await t.db.workspaceMembership.findFirstOrThrow({ where: { workspaceId: w.id, role: { not: 'workspace_admin' } } })
      return { workspaceId: w.id, userId: member.userId }
    },
  },
}

let t: TestDatabase
let f: Fixtures

beforeAll(async () => ({ t, f } = await openSeededDatabase()))
afterAll(() => t.close())
// Every case starts from the seeded state: nothing archived, the seeded defaults and memberships.
beforeEach(async () => {
  await f.resetWorkspaceLifecycle()
  await f.resetMemberships()
})

describe('authorisation matrix', () => {
  it('has a case for every registered action', () => {
    for (const action of ALL_ACTIONS) expect(CASES[action.name], action.name).toBeDefined()
  })

  for (const action of ALL_ACTIONS) {
    // A tenant-level action (create) acts in the caller's own tenant: there is no other place to aim it at.
    const places = action.workspaceScoped ? (['own', 'otherWorkspace', 'otherTenant'] as const) : (['own'] as const)
    for (const role of Object.keys(ROLES) as Role[]) {
      for (const where of places) {
        const outcome = expected(action.permission, role, where)
        it(`${action.name}: ${role} on ${where} → ${outcome}`, async () => {
          const key = where === 'own' ? ROLES[role].own : where === 'otherWorkspace' ? OTHER_WORKSPACE[role] : 'globex/operations'
          const actionCase = CASES[action.name]!
          await actionCase.prepare?.(f.workspace(key))
          const target = await t.db.workspace.findUniqueOrThrow({ where: { id: f.workspace(key).id } })
          const env = await f.envOf(ROLES[role].email)
          const before = await databaseSnapshot(t.db)
          const result = await action.execute(env, await actionCase.input(target))
          if (outcome === 'ok') {
            expect(result).toMatchObject({ ok: true })
            const after = await databaseSnapshot(t.db)
            expect(after.auditEvents).toBeGreaterThan(before.auditEvents)
          } else {
            expect(result).toMatchObject({ ok: false, code: outcome })
            expect(await databaseSnapshot(t.db)).toEqual(before)
          }
        })
      }
    }
  }
})
