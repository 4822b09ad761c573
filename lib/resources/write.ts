import type { Tx } from '@/lib/db/client'
import { nullableJson } from '@/lib/db/json'
import type { Environment } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import type { Spec } from './kinds'

export interface ResourceWrite {
  kind: ResourceKind
  key: string
  /** The new spec, or null to delete the resource. */
  spec: Spec | null
  authorId: string | null
  releaseId?: string
  restoredFrom?: number
}

/**
 * Writes a resource's new state as its next immutable revision (the row keeps the current
 * state; deleting keeps the row and its history). The one write path for direct edits
 * and for releases; the caller refreshes the environment's content hash afterwards.
 */
export async function writeResource(tx: Tx, environment: Environment, change: ResourceWrite) {
  const place = { tenantId: environment.tenantId, workspaceId: environment.workspaceId, environmentId: environment.id }
  const existing = await tx.resource.findUnique({
    where: { environmentId_kind_key: { environmentId: environment.id, kind: change.kind, key: change.key } },
  })
  const number = (existing?.revision ?? 0) + 1
  const spec = nullableJson(change.spec)
  const state = { spec, revision: number, deletedAt: change.spec ? null : new Date(), updatedById: change.authorId }
  const resource = existing
    ? await tx.resource.update({ where: { id: existing.id }, data: state })
    : await tx.resource.create({ data: { ...place, kind: change.kind, key: change.key, ...state } })
  await tx.resourceRevision.create({
    data: {
      ...place,
      resourceId: resource.id,
      number,
      spec,
      authorId: change.authorId,
      releaseId: change.releaseId,
      restoredFrom: change.restoredFrom,
    },
  })
  return { resource }
}
