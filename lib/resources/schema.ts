import { z } from 'zod'
import { entityId, slugField } from '@/lib/validation'

/** A resource's key: its identity across environments, slug-shaped, fixed at creation. */
export const resourceKey = slugField({ max: 64, required: 'Enter a key.' })

/** What every resource action names: the workspace (its permission is checked there), then the environment in it. */
export const inEnvironment = z.object({ workspaceId: entityId, environmentId: entityId })
/** The fields of the kind's spec, validated by the kind's own schema in the action. */
export const specFields = z.record(z.string(), z.unknown(), { message: 'The resource fields are missing.' })
export const revisionNumber = z.number().int().min(1)

/** How resource actions are declared: aimed at a workspace, by those who write its resources. */
export const WRITE_RESOURCES = {
  workspaceId: (input: { workspaceId: string }) => input.workspaceId,
  permission: 'resources.write',
} as const
