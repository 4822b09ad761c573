import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Permission } from '@/lib/authz/permissions'
import { createTestDatabase, type TestDatabase } from '@/test/database'
import { databaseSnapshot, seedFixtures } from '@/test/fixtures'
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
/**
 * A valid input for each action against a target workspace, asking for a real change
 * on every call. Tenant-level actions get the workspace too and use it only to find
 * the tenant ("otherTenant" then means acting on another tenant's resource).
 */
const VALID_INPUT: Record<string, (workspaceId: string) => Record<string, unknown>> = {
  'workspace.updateSettings': (workspaceId) => ({ workspaceId, name: `Renamed ${++call}`, description: `Changed ${call}`, color: 'green' }),
}

let t: TestDatabase
let f: Awaited<ReturnType<typeof seedFixtures>>

beforeAll(async () => {
  t = await createTestDatabase()
  f = await seedFixtures(t.db)
})
afterAll(() => t.close())

describe('authorisation matrix', () => {
  it('has an input and an expectation for every registered action', () => {
    for (const action of ALL_ACTIONS) expect(VALID_INPUT[action.name], action.name).toBeDefined()
  })

  for (const action of ALL_ACTIONS) {
    for (const role of Object.keys(ROLES) as Role[]) {
      for (const where of ['own', 'otherWorkspace', 'otherTenant'] as const) {
        const outcome = expected(action.permission, role, where)
        it(`${action.name}: ${role} on ${where} → ${outcome}`, async () => {
          const target = where === 'own' ? ROLES[role].own : where === 'otherWorkspace' ? OTHER_WORKSPACE[role] : 'globex/research'
          const env = await f.envOf(ROLES[role].email)
          const before = await databaseSnapshot(t.db)
          const result = await action.execute(env, VALID_INPUT[action.name]!(f.workspace(target).id))
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
