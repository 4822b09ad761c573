import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { Prisma, type Workspace } from '@/lib/generated/prisma/client'
import { provisionWorkspace } from './provision'
import {
  archiveWorkspaceInput,
  createWorkspaceInput,
  workspaceTargetInput,
  type ArchiveWorkspaceInput,
  type CreateWorkspaceInput,
  type WorkspaceTargetInput,
} from './schema'

/**
 * The lifecycle rules of docs/architecture.md §1 that SQL cannot express. The action wrapper
 * holds the tenant lock, so the counts read here cannot change before commit.
 */

export const SLUG_TAKEN = 'This slug is already used in this tenant'

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0

function nameTaken(workspace: { name: string; status: string }): string {
  return workspace.status === 'ARCHIVED'
    ? `An archived workspace is named ${workspace.name}. Restore it, or choose another name.`
    : `A workspace named ${workspace.name} already exists. Choose another name.`
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

async function refuseAtWorkspaceLimit(tx: Tx, tenantId: string) {
  const [tenant, active] = await Promise.all([
    tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { workspaceLimit: true } }),
    tx.workspace.count({ where: { tenantId, status: 'ACTIVE' } }),
  ])
  if (active >= tenant.workspaceLimit) {
    refuse(
      'WORKSPACE_LIMIT_REACHED',
      `${tenant.workspaceLimit} workspaces limit reached. Archive unused workspaces, or ask a platform administrator to raise the limit.`,
    )
  }
}

function lifecycleAudit(action: string, workspace: Workspace, data: Prisma.InputJsonObject = {}) {
  return {
    action,
    targetType: 'workspace',
    targetId: workspace.id,
    workspaceId: workspace.id,
    data: { name: workspace.name, slug: workspace.slug, ...data },
  }
}

export async function createWorkspace(tx: Tx, scope: ActionScope<CreateWorkspaceInput>) {
  await refuseAtWorkspaceLimit(tx, scope.tenantId)
  const taken = await tx.workspace.findUnique({ where: { tenantId_slug: { tenantId: scope.tenantId, slug: scope.input.slug } } })
  // The same name gives the same slug: then the name is what to change, and the error says so there.
  if (taken && sameName(taken.name, scope.input.name)) refuse('VALIDATION', undefined, { name: [nameTaken(taken)] })
  if (taken) refuse('VALIDATION', undefined, { slug: [SLUG_TAKEN] })
  try {
    const { workspace, audit } = await provisionWorkspace(tx, { tenantId: scope.tenantId, ...scope.input }, scope.actor.userId)
    scope.audit(audit)
    return { id: workspace.id, slug: workspace.slug }
  } catch (error) {
    // Should the lock ever be bypassed, the unique index still decides.
    if (isUniqueViolation(error)) refuse('VALIDATION', undefined, { slug: [SLUG_TAKEN] })
    throw error
  }
}

export async function archiveWorkspace(tx: Tx, scope: ActionScope<ArchiveWorkspaceInput>) {
  const workspace = scope.workspace!
  if (scope.input.confirmSlug.trim() !== workspace.slug) {
    refuse('VALIDATION', undefined, { confirmSlug: [`Type ${workspace.slug} to confirm.`] })
  }
  if (workspace.isDefault) refuse('DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED')
  const active = await tx.workspace.count({ where: { tenantId: workspace.tenantId, status: 'ACTIVE' } })
  if (active <= 1) refuse('LAST_ACTIVE_WORKSPACE')

  const archived = await tx.workspace.update({
    where: { id: workspace.id },
    data: { status: 'ARCHIVED', archivedAt: new Date(), archivedById: scope.actor.userId },
  })
  scope.audit(lifecycleAudit('workspace.archived', archived))
  return { id: archived.id }
}

export async function restoreWorkspace(tx: Tx, scope: ActionScope<WorkspaceTargetInput>) {
  const workspace = scope.workspace!
  if (workspace.status === 'ACTIVE') refuse('CONFLICT', `${workspace.name} is not archived.`)
  await refuseAtWorkspaceLimit(tx, workspace.tenantId)
  const restored = await tx.workspace.update({
    where: { id: workspace.id },
    data: { status: 'ACTIVE', archivedAt: null, archivedById: null },
  })
  scope.audit(lifecycleAudit('workspace.restored', restored))
  return { id: restored.id }
}

export async function setDefaultWorkspace(tx: Tx, scope: ActionScope<WorkspaceTargetInput>) {
  const workspace = scope.workspace!
  if (workspace.isDefault) return { id: workspace.id }
  const previous = await tx.workspace.findFirst({ where: { tenantId: workspace.tenantId, isDefault: true } })
  // Clear the old default first: the partial unique index allows one default at a time.
  if (previous) await tx.workspace.update({ where: { id: previous.id }, data: { isDefault: false } })
  const updated = await tx.workspace.update({ where: { id: workspace.id }, data: { isDefault: true } })
  scope.audit(lifecycleAudit('workspace.defaultSet', updated, { previousDefault: previous?.name ?? null }))
  return { id: updated.id }
}

export const createWorkspaceDefinition = defineAction({
  name: 'workspace.create',
  input: createWorkspaceInput,
  permission: 'workspace.create',
  run: createWorkspace,
})

export const archiveWorkspaceDefinition = defineAction({
  name: 'workspace.archive',
  input: archiveWorkspaceInput,
  permission: 'workspace.archive',
  workspaceId: (input) => input.workspaceId,
  run: archiveWorkspace,
})

export const restoreWorkspaceDefinition = defineAction({
  name: 'workspace.restore',
  input: workspaceTargetInput,
  permission: 'workspace.restore',
  workspaceId: (input) => input.workspaceId,
  run: restoreWorkspace,
})

export const setDefaultWorkspaceDefinition = defineAction({
  name: 'workspace.setDefault',
  input: workspaceTargetInput,
  permission: 'workspace.setDefault',
  workspaceId: (input) => input.workspaceId,
  run: setDefaultWorkspace,
})
