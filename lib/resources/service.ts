import { z } from 'zod'
import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import type { Environment, Resource } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { writableEnvironmentOf } from '@/lib/environments/load'
import { refreshContentHash } from './content-hash'
import { fieldDiff, sameSpec } from './diff'
import { asSpec, RESOURCE_KINDS, specName, type Spec } from './kinds'
import {
  createResourceInput,
  deleteResourceInput,
  restoreRevisionInput,
  updateResourceInput,
  type CreateResourceInput,
  type DeleteResourceInput,
  type RestoreRevisionInput,
  type UpdateResourceInput,
} from './schema'
import { writeResource } from './write'

/** Validates a spec with its kind's schema; errors go next to the form's fields. */
function parseSpec(kind: ResourceKind, raw: unknown): Spec {
  const parsed = RESOURCE_KINDS[kind].spec.safeParse(raw)
  if (parsed.success) return parsed.data
  refuse('VALIDATION', undefined, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
}

async function liveResource(tx: Tx, environment: Environment, resourceId: string) {
  const resource = await tx.resource.findFirst({ where: { id: resourceId, environmentId: environment.id } })
  return resource ?? refuse('NOT_FOUND')
}

function refuseIfChangedSince(resource: Resource, baseRevision: number) {
  if (resource.revision !== baseRevision) {
    refuse(
      'CONFLICT',
      `Someone saved a newer revision (#${resource.revision}) since you opened this one. Reload to see it, then edit again.`,
    )
  }
}

function auditChange(
  scope: ActionScope<unknown>,
  action: string,
  environment: Environment,
  resource: Resource,
  before: unknown,
  after: unknown,
  extra: Record<string, string | number> = {},
) {
  scope.audit({
    action,
    targetType: 'resource',
    targetId: resource.id,
    workspaceId: environment.workspaceId,
    data: {
      kind: resource.kind,
      key: resource.key,
      name: specName(after ?? before),
      environment: environment.slug,
      revision: resource.revision,
      changed: fieldDiff(resource.kind, before, after).map((change) => change.field),
      ...extra,
    },
  })
}

/** Creates an agent or a policy in an unprotected environment (or brings back a deleted key). */
export async function createResource(tx: Tx, scope: ActionScope<CreateResourceInput>) {
  const { kind, key } = scope.input
  const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
  const spec = parseSpec(kind, scope.input.spec)
  const taken = await tx.resource.findUnique({
    where: { environmentId_kind_key: { environmentId: environment.id, kind, key } },
    select: { deletedAt: true },
  })
  if (taken && !taken.deletedAt) {
    refuse('VALIDATION', undefined, {
      key: [`${environment.name} already has a ${RESOURCE_KINDS[kind].label.toLowerCase()} with this key.`],
    })
  }
  const { resource } = await writeResource(tx, environment, { kind, key, spec, authorId: scope.actor.userId })
  await refreshContentHash(tx, environment.id)
  auditChange(scope, 'resource.created', environment, resource, null, spec)
  return { id: resource.id, key, revision: resource.revision }
}

/** Saves a new revision of a resource; saving what is already there writes nothing. */
export async function updateResource(tx: Tx, scope: ActionScope<UpdateResourceInput>) {
  const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
  const current = await liveResource(tx, environment, scope.input.resourceId)
  if (current.deletedAt) refuse('NOT_FOUND')
  refuseIfChangedSince(current, scope.input.baseRevision)
  const spec = parseSpec(current.kind, scope.input.spec)
  if (sameSpec(current.spec, spec)) return { id: current.id, key: current.key, revision: current.revision, changed: false }
  const { resource } = await writeResource(tx, environment, { kind: current.kind, key: current.key, spec, authorId: scope.actor.userId })
  await refreshContentHash(tx, environment.id)
  auditChange(scope, 'resource.updated', environment, resource, current.spec, spec)
  return { id: resource.id, key: resource.key, revision: resource.revision, changed: true }
}

/** Deletes a resource; its history stays, and a later revision can bring it back. */
export async function deleteResource(tx: Tx, scope: ActionScope<DeleteResourceInput>) {
  const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
  const current = await liveResource(tx, environment, scope.input.resourceId)
  if (current.deletedAt) refuse('NOT_FOUND')
  refuseIfChangedSince(current, scope.input.baseRevision)
  const { resource } = await writeResource(tx, environment, {
    kind: current.kind,
    key: current.key,
    spec: null,
    authorId: scope.actor.userId,
  })
  await refreshContentHash(tx, environment.id)
  auditChange(scope, 'resource.deleted', environment, resource, current.spec, null)
  return { id: resource.id, key: resource.key, name: specName(current.spec) }
}

/** Makes an old revision current again, as a new revision (history is never rewritten). */
export async function restoreRevision(tx: Tx, scope: ActionScope<RestoreRevisionInput>) {
  const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
  const current = await liveResource(tx, environment, scope.input.resourceId)
  const old = await tx.resourceRevision.findUnique({ where: { resourceId_number: { resourceId: current.id, number: scope.input.number } } })
  if (!old) return refuse('NOT_FOUND')
  const spec = asSpec(old.spec)
  if (!spec) refuse('VALIDATION', `Revision #${old.number} is a deletion; restore a revision that holds content.`)
  if (!current.deletedAt && sameSpec(current.spec, spec)) {
    refuse('VALIDATION', `Revision #${old.number} holds what is current already: there is nothing to restore.`)
  }
  const { resource } = await writeResource(tx, environment, {
    kind: current.kind,
    key: current.key,
    spec,
    authorId: scope.actor.userId,
    restoredFrom: old.number,
  })
  await refreshContentHash(tx, environment.id)
  auditChange(scope, 'resource.restored', environment, resource, current.deletedAt ? null : current.spec, spec, {
    restoredFrom: old.number,
  })
  return { id: resource.id, key: resource.key, revision: resource.revision }
}

const inWorkspace = { workspaceId: (input: { workspaceId: string }) => input.workspaceId, permission: 'resources.write' } as const

export const createResourceDefinition = defineAction({
  name: 'resource.create',
  input: createResourceInput,
  ...inWorkspace,
  run: createResource,
})
export const updateResourceDefinition = defineAction({
  name: 'resource.update',
  input: updateResourceInput,
  ...inWorkspace,
  run: updateResource,
})
export const deleteResourceDefinition = defineAction({
  name: 'resource.delete',
  input: deleteResourceInput,
  ...inWorkspace,
  run: deleteResource,
})
export const restoreRevisionDefinition = defineAction({
  name: 'resource.restoreRevision',
  input: restoreRevisionInput,
  ...inWorkspace,
  run: restoreRevision,
})
