import { WORKSPACE_ADMIN } from '@/lib/authz/roles'
import type { Tx } from '@/lib/db/client'

/**
 * Every new workspace starts with these, each releasing to the next; Production is
 * protected (it changes only when a reviewed release is applied).
 */
export const DEFAULT_ENVIRONMENTS = [
  { name: 'Development', slug: 'development', isProtected: false },
  { name: 'Staging', slug: 'staging', isProtected: false },
  { name: 'Production', slug: 'production', isProtected: true },
] as const

export interface NewWorkspace {
  tenantId: string
  name: string
  slug: string
  description?: string
  color: string
  isDefault?: boolean
}

/**
 * Inserts a workspace with its standard environments and its creator as
 * workspace_admin, and returns what its `workspace.created` entry says. Runs inside the
 * caller's transaction, under the tenant lock. A platform operator's organisation (§15)
 * starts with no creator in it: its first admin joins by invitation.
 */
export async function provisionWorkspace(tx: Tx, input: NewWorkspace, creatorId: string | null) {
  const workspace = await tx.workspace.create({
    data: {
      tenantId: input.tenantId,
      name: input.name,
      slug: input.slug,
      description: input.description ?? '',
      color: input.color,
      isDefault: input.isDefault ?? false,
      environments: { create: DEFAULT_ENVIRONMENTS.map((environment, position) => ({ ...environment, position })) },
      ...(creatorId ? { memberships: { create: { userId: creatorId, role: WORKSPACE_ADMIN, addedById: creatorId } } } : {}),
    },
    include: { environments: { orderBy: { position: 'asc' } } },
  })
  for (const [position, environment] of workspace.environments.entries()) {
    const next = workspace.environments[position + 1]
    if (next) await tx.environment.update({ where: { id: environment.id }, data: { releasesToId: next.id } })
  }
  const audit = {
    targetId: workspace.id,
    workspaceId: workspace.id,
    data: { name: workspace.name, slug: workspace.slug, color: workspace.color, isDefault: workspace.isDefault },
  }
  return { workspace, audit }
}
