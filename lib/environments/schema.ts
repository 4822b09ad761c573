import { z } from 'zod'
import { displayName, entityId, multilineText } from '@/lib/validation'
import { workspaceSlug } from '@/lib/workspaces/schema'

const inWorkspace = z.object({ workspaceId: entityId })
const environmentName = displayName({ max: 64, required: 'Enter a name.' })
const environmentDescription = multilineText({ max: 500 }).default('')
/** An environment id, or '' for "releases nowhere". */
const promotionTarget = z
  .union([entityId, z.literal('')])
  .default('')
  .transform((id) => id || null)

export const createEnvironmentInput = inWorkspace.extend({
  name: environmentName,
  slug: workspaceSlug,
  description: environmentDescription,
  releasesToId: promotionTarget,
  isProtected: z.boolean().default(false),
})

export const updateEnvironmentInput = inWorkspace.extend({
  environmentId: entityId,
  name: environmentName,
  description: environmentDescription,
  releasesToId: promotionTarget,
  isProtected: z.boolean(),
})

export const moveEnvironmentInput = inWorkspace.extend({ environmentId: entityId, direction: z.enum(['up', 'down']) })

export const deleteEnvironmentInput = inWorkspace.extend({ environmentId: entityId, confirmSlug: z.string().trim() })

export const reviewRulesInput = inWorkspace.extend({
  environmentId: entityId,
  // A form sends what was typed; an empty field is not zero.
  requiredApprovals: z.preprocess(
    (typed) => (typeof typed === 'string' && typed.trim() === '' ? undefined : typed),
    z.coerce.number({ message: 'Enter a number.' }).int('Enter a whole number.').min(0, 'Use 0 or more.').max(10, 'Use at most 10.'),
  ),
  allowSelfApproval: z.boolean(),
  reviewers: z.enum(['admins', 'tenant_admins'], { message: 'Choose who reviews.' }),
})

export type CreateEnvironmentInput = z.output<typeof createEnvironmentInput>
export type UpdateEnvironmentInput = z.output<typeof updateEnvironmentInput>
export type MoveEnvironmentInput = z.output<typeof moveEnvironmentInput>
export type DeleteEnvironmentInput = z.output<typeof deleteEnvironmentInput>
export type ReviewRulesInput = z.output<typeof reviewRulesInput>
