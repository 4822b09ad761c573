import { TENANT_ADMIN } from '@/lib/authz/roles'
import { can } from '@/lib/authz/permissions'
import { enterableWorkspaces, loadActor } from '@/lib/context/resolve'
import type { Db } from '@/lib/db/client'

export interface SwitcherGroup {
  tenantId: string
  tenantName: string
  workspaces: { id: string; name: string; color: string; isDefault: boolean }[]
  /** Whether the user may create workspaces in this tenant. */
  canCreate: boolean
}

/** The workspaces a user may switch to, grouped by tenant (active workspaces only). */
export async function switcherGroups(db: Db, userId: string): Promise<SwitcherGroup[]> {
  const memberships = await db.tenantMembership.findMany({
    where: { userId },
    include: { tenant: { select: { id: true, name: true } } },
    orderBy: { tenant: { name: 'asc' } },
  })
  const groups = await Promise.all(
    memberships.map(async ({ tenant }) => {
      const actor = await loadActor(db, userId, tenant.id)
      if (!actor) return null
      const workspaces = await enterableWorkspaces(db, actor)
      return {
        tenantId: tenant.id,
        tenantName: tenant.name,
        workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, color: w.color, isDefault: w.isDefault })),
        canCreate: can(actor, 'workspace.create', { tenantId: tenant.id }),
      }
    }),
  )
  return groups.filter((group): group is SwitcherGroup => group !== null && group.workspaces.length > 0)
}

/** Whom to ask for access: the tenant's administrators. */
export async function tenantAdministrators(db: Db, tenantId: string) {
  const admins = await db.tenantMembership.findMany({
    where: { tenantId, role: TENANT_ADMIN, status: 'ACTIVE', user: { status: 'ACTIVE' } },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  })
  return admins.map((admin) => admin.user)
}
