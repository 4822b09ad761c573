import { z } from 'zod'
import { entityId, slugField } from '@/lib/validation'
import { RESOURCE_KIND_KEYS } from './kinds'

/** A resource's key: its identity across environments, slug-shaped, fixed at creation. */
export const resourceKey = slugField({ max: 64, required: 'Enter a key.' })

const inEnvironment = z.object({ workspaceId: entityId, environmentId: entityId })
/** The fields of the kind's spec, validated by the kind's own schema in the service. */
const specFields = z.record(z.string(), z.unknown(), { message: 'The resource fields are missing.' })
const revisionNumber = z.number().int().min(1)

export const createResourceInput = inEnvironment.extend({
  kind: z.enum(RESOURCE_KIND_KEYS as ['agent', 'policy'], { message: 'Choose a kind of resource.' }),
  key: resourceKey,
  spec: specFields,
})

export const updateResourceInput = inEnvironment.extend({
  resourceId: entityId,
  /** The revision the form was opened at: a save over someone else's newer one is refused. */
  baseRevision: revisionNumber,
  spec: specFields,
})

export const deleteResourceInput = inEnvironment.extend({ resourceId: entityId, baseRevision: revisionNumber })

export const restoreRevisionInput = inEnvironment.extend({ resourceId: entityId, number: revisionNumber })

export type CreateResourceInput = z.output<typeof createResourceInput>
export type UpdateResourceInput = z.output<typeof updateResourceInput>
export type DeleteResourceInput = z.output<typeof deleteResourceInput>
export type RestoreRevisionInput = z.output<typeof restoreRevisionInput>
