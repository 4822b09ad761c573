import { z } from 'zod'
import { displayName, entityId, multilineText } from '@/lib/validation'

/** The workspace an environment action is aimed at: its permission is checked there. */
export const inWorkspace = z.object({ workspaceId: entityId })
export const environmentName = displayName({ max: 64, required: 'Enter a name.' })
export const environmentDescription = multilineText({ max: 500 }).default('')
/** An environment id, or '' for "releases nowhere". */
export const promotionTarget = z
  .union([entityId, z.literal('')])
  .default('')
  .transform((id) => id || null)

/** What every action on one environment names: the workspace, then the environment in it. */
export const oneEnvironment = inWorkspace.extend({ environmentId: entityId })

/** How environment actions are declared: aimed at a workspace, by those who manage its environments. */
export const MANAGE_ENVIRONMENTS = {
  workspaceId: (input: { workspaceId: string }) => input.workspaceId,
  permission: 'environments.manage',
} as const
