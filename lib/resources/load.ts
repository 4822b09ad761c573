import { z } from 'zod'
import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { writableEnvironmentOf } from '@/lib/environments/load'
import type { Environment, Resource } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { RESOURCE_KINDS, type Spec } from './kinds'

/** The resource an action names, in the environment it names (deleted ones included); another's is "not found". */
export async function resourceIn(tx: Tx, environment: Environment, resourceId: string) {
  const resource = await tx.resource.findFirst({ where: { id: resourceId, environmentId: environment.id } })
  return resource ?? refuse('NOT_FOUND')
}

/** Refuses a save or a delete made from an older revision than the current one. */
function refuseIfChangedSince(resource: Resource, baseRevision: number) {
  if (resource.revision !== baseRevision) {
    refuse(
      'CONFLICT',
      `Someone saved a newer revision (#${resource.revision}) since you opened this one. Reload to see it, then edit again.`,
    )
  }
}

/**
 * What a save or a delete edits: the live resource it names, in a writable (unprotected)
 * environment, still at the revision the form was opened at.
 */
export async function resourceToEdit(tx: Tx, scope: ActionScope<{ environmentId: string; resourceId: string; baseRevision: number }>) {
  const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
  const current = await resourceIn(tx, environment, scope.input.resourceId)
  if (current.deletedAt) refuse('NOT_FOUND')
  refuseIfChangedSince(current, scope.input.baseRevision)
  return { environment, current }
}

/** Validates a spec with its kind's schema; errors go next to the form's fields. */
export function parseSpec(kind: ResourceKind, raw: unknown): Spec {
  const parsed = RESOURCE_KINDS[kind].spec.safeParse(raw)
  if (parsed.success) return parsed.data
  refuse('VALIDATION', undefined, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)
}
