import type { AppConfig } from '@/lib/config'
import { appendAuditEvent } from '@/lib/audit/record'
import { lockTenant } from '@/lib/db/tenant-lock'
import { hashPassword } from '@/lib/auth/password'
import { sealTotpSecret } from '@/lib/two-factor/secret-box'
import type { TenantRole, WorkspaceRole } from '@/lib/generated/prisma/enums'
import { memberAdded } from '@/lib/members/audit-events'
import { workspaceCreated } from '@/lib/workspaces/audit-events'
import { provisionWorkspace } from '@/lib/workspaces/provision'
import type { WorkspaceColor } from '@/lib/workspaces/palette'
import type { Db } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { DEMO_CONTENT, seedDemoContent } from './content'

export const DEMO_PASSWORD = 'atrium-demo'

/**
 * The demo's platform operator and the TOTP secret of their authenticator, published so the
 * demo works (README, "Demo"): never a real instance's. Any TOTP app, or
 * `npx tsx -e "…totpCode(DEMO_OPERATOR.totpSecret)"`, gives its codes.
 */
export const DEMO_OPERATOR = { email: 'operator@atrium.test', name: 'Olive Operator', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }

/** How each demo organisation answers operators who ask to come in (docs/architecture.md §15). */
const DEMO_SUPPORT_ACCESS: Record<string, 'on_approval' | 'allowed'> = { acme: 'on_approval', globex: 'allowed' }

interface DemoUser {
  email: string
  name: string
  tenants: Partial<Record<string, TenantRole>>
  workspaces?: Partial<Record<string, WorkspaceRole>>
}

interface DemoTenant {
  slug: string
  name: string
  admin: string
  workspaces: { slug: string; name: string; color: WorkspaceColor; description: string; isDefault?: boolean }[]
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    ...{ slug: 'acme', name: 'Acme Corp', admin: 'admin@acme.test' },
    workspaces: [
      { slug: 'production', name: 'Production', color: 'indigo', description: 'Live services for Acme customers.', isDefault: true },
      { slug: 'staging', name: 'Staging', color: 'amber', description: 'Pre-release checks before promotion.' },
      { slug: 'marketing', name: 'Marketing', color: 'pink', description: 'Campaign assistants and content tools.' },
      { slug: 'client-a', name: 'Client A', color: 'teal', description: 'Dedicated workspace for Client A.' },
    ],
  },
  {
    ...{ slug: 'globex', name: 'Globex', admin: 'admin@globex.test' },
    workspaces: [
      { slug: 'research', name: 'Research', color: 'violet', description: 'Experiments of the research group.', isDefault: true },
      { slug: 'operations', name: 'Operations', color: 'green', description: 'Internal operations tooling.' },
    ],
  },
]

/** Workspace keys are "tenant/workspace" slugs. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@acme.test', name: 'Ada Admin', tenants: { acme: 'tenant_admin' } },
  {
    email: 'wsadmin@acme.test',
    name: 'Walt Workspace',
    tenants: { acme: 'tenant_member' },
    workspaces: { 'acme/marketing': 'workspace_admin' },
  },
  {
    email: 'member@acme.test',
    name: 'Mia Member',
    tenants: { acme: 'tenant_member' },
    workspaces: { 'acme/marketing': 'workspace_member', 'acme/client-a': 'workspace_member' },
  },
  { email: 'viewer@acme.test', name: 'Vic Viewer', tenants: { acme: 'tenant_member' }, workspaces: { 'acme/staging': 'workspace_viewer' } },
  { email: 'auditor@acme.test', name: 'Aud Auditor', tenants: { acme: 'tenant_auditor' } },
  { email: 'admin@globex.test', name: 'Gus Globex', tenants: { globex: 'tenant_admin' } },
  // The Production workspace's team: Pat builds agents and proposes releases, Rob reviews them.
  {
    email: 'pat@acme.test',
    name: 'Pat Builder',
    tenants: { acme: 'tenant_member' },
    workspaces: { 'acme/production': 'workspace_member' },
  },
  {
    email: 'rob@acme.test',
    name: 'Rob Reviewer',
    tenants: { acme: 'tenant_member' },
    workspaces: { 'acme/production': 'workspace_admin' },
  },
  {
    email: 'both@example.test',
    name: 'Bea Both',
    tenants: { acme: 'tenant_member', globex: 'tenant_member' },
    workspaces: { 'acme/client-a': 'workspace_member', 'globex/operations': 'workspace_member' },
  },
]

/**
 * Creates the demo tenants, workspaces and users. Idempotent: a tenant that exists is
 * left as it is, and existing users are not touched.
 */
/** The keys the demo data is written with (the server passes its config). */
export type SeedKeys = Pick<AppConfig, 'auditKey' | 'encryptionKeys'>

/** Loads the demo organisations (each step once): the demo's named path across tenants, whoever runs it. */
export function seedDemoData(db: Db, keys: SeedKeys): Promise<{ createdTenants: string[] }> {
  return withScope({ acrossTenants: 'demo-seed' }, () => seedEveryTenant(db, keys))
}

async function seedEveryTenant(db: Db, keys: SeedKeys): Promise<{ createdTenants: string[] }> {
  const { auditKey } = keys
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const userIds = new Map<string, string>()
  for (const user of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: user.email },
      create: { email: user.email, name: user.name, passwordHash, emailVerifiedAt: new Date() },
      update: {},
    })
    userIds.set(user.email, row.id)
  }
  const operator = await db.user.upsert({
    where: { email: DEMO_OPERATOR.email },
    create: { email: DEMO_OPERATOR.email, name: DEMO_OPERATOR.name, passwordHash, emailVerifiedAt: new Date(), isPlatformAdmin: true },
    update: {},
  })
  if (!(await db.twoFactor.findUnique({ where: { userId: operator.id } }))) {
    await db.twoFactor.create({
      data: { userId: operator.id, ...sealTotpSecret(keys.encryptionKeys, operator.id, DEMO_OPERATOR.totpSecret), confirmedAt: new Date() },
    })
  }
  // The demo's people can sign in: the instance no longer waits for its first run (/setup).
  await db.instance.updateMany({ where: { id: 1, setUpAt: null }, data: { setUpAt: new Date() } })

  const createdTenants: string[] = []
  for (const demo of DEMO_TENANTS) {
    if (await db.tenant.findUnique({ where: { slug: demo.slug } })) continue
    await db.$transaction(
      async (tx) => {
        const tenant = await tx.tenant.create({
          data: { slug: demo.slug, name: demo.name, supportAccess: DEMO_SUPPORT_ACCESS[demo.slug] ?? 'on_approval' },
        })
        await lockTenant(tx, tenant.id)
        const adminId = userIds.get(demo.admin)!
        const workspaceIds = new Map<string, string>()
        for (const spec of demo.workspaces) {
          const { workspace, audit } = await provisionWorkspace(tx, { tenantId: tenant.id, ...spec }, adminId)
          workspaceIds.set(spec.slug, workspace.id)
          await appendAuditEvent(tx, auditKey, workspaceCreated, { ...audit, tenantId: tenant.id, actorId: adminId })
        }
        for (const user of DEMO_USERS) {
          const tenantRole = user.tenants[demo.slug]
          if (!tenantRole) continue
          const userId = userIds.get(user.email)!
          await tx.tenantMembership.create({ data: { tenantId: tenant.id, userId, role: tenantRole } })
          for (const [key, role] of Object.entries(user.workspaces ?? {})) {
            const [tenantSlug, workspaceSlug] = key.split('/')
            if (tenantSlug !== demo.slug || !role) continue
            const workspaceId = workspaceIds.get(workspaceSlug!)!
            await tx.workspaceMembership.create({ data: { workspaceId, userId, role, addedById: adminId } })
            await appendAuditEvent(tx, auditKey, memberAdded, {
              tenantId: tenant.id,
              actorId: adminId,
              targetId: userId,
              workspaceId,
              data: { email: user.email, role },
            })
          }
        }
      },
      { timeout: 60_000 },
    )
    createdTenants.push(demo.name)
    if (demo.slug === DEMO_CONTENT.tenant) await seedDemoContent(db, keys)
  }
  return { createdTenants }
}
