import { can, workspaceResource, type Actor } from '@/lib/authz/permissions'
import type { Db } from '@/lib/db/client'
import type { Environment, Resource, Workspace } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { isSlugParameter } from './path'

/**
 * What the public API reads, always through can(): a key bound to one workspace sees that
 * one only (lists included), and a key sees no more than its creator may read now.
 */

const readable = (actor: Actor, workspace: Workspace) => can(actor, 'workspace.read', workspaceResource(workspace))

export async function visibleWorkspaces(db: Db, actor: Actor): Promise<Workspace[]> {
  const bound = actor.apiKey?.workspaceId
  const workspaces = await db.workspace.findMany({
    where: { tenantId: actor.tenantId, ...(bound ? { id: bound } : {}) },
    orderBy: { name: 'asc' },
  })
  return workspaces.filter((workspace) => readable(actor, workspace))
}

export async function visibleWorkspace(db: Db, actor: Actor, slug: string): Promise<Workspace | null> {
  if (!isSlugParameter(slug)) return null
  const workspace = await db.workspace.findFirst({ where: { tenantId: actor.tenantId, slug } })
  return workspace && readable(actor, workspace) ? workspace : null
}

export async function environmentNamed(db: Db, workspace: Workspace, slug: string) {
  if (!isSlugParameter(slug)) return null
  return db.environment.findFirst({ where: { workspaceId: workspace.id, slug } })
}

export function liveResources(db: Db, environment: Environment, filter: { kind?: ResourceKind; key?: string } = {}) {
  return db.resource.findMany({
    where: { environmentId: environment.id, deletedAt: null, ...filter },
    orderBy: [{ kind: 'asc' }, { key: 'asc' }],
  })
}

export const workspaceJson = (workspace: Workspace) => ({
  slug: workspace.slug,
  name: workspace.name,
  description: workspace.description,
  status: workspace.status === 'ACTIVE' ? 'active' : 'archived',
  isDefault: workspace.isDefault,
})

export const environmentJson = (environment: Environment, all: Environment[]) => ({
  slug: environment.slug,
  name: environment.name,
  description: environment.description,
  protected: environment.isProtected,
  releasesTo: all.find((other) => other.id === environment.releasesToId)?.slug ?? null,
})

export const resourceJson = (resource: Resource) => ({
  kind: resource.kind,
  key: resource.key,
  revision: resource.revision,
  updatedAt: resource.updatedAt.toISOString(),
  spec: resource.spec,
})

/** The workspace and environment a path names, or null when this key may not see them. */
export async function placeNamed(db: Db, actor: Actor, workspaceSlug: string, environmentSlug: string) {
  const workspace = await visibleWorkspace(db, actor, workspaceSlug)
  const environment = workspace ? await environmentNamed(db, workspace, environmentSlug) : null
  return workspace && environment ? { workspace, environment } : null
}
