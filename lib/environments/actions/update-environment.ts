import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { fieldChanges } from '@/lib/audit/changes'
import { environmentUpdated } from '../audit-events'
import { environmentOf } from '../load'
import { checkPromotionTarget } from '../promotion-target'
import { environmentDescription, environmentName, MANAGE_ENVIRONMENTS, oneEnvironment, promotionTarget } from '../schema'

export const updateEnvironmentInput = oneEnvironment.extend({
  name: environmentName,
  description: environmentDescription,
  releasesToId: promotionTarget,
  isProtected: z.boolean(),
})

/** Renames an environment, describes it, protects or unprotects it, and sets where it releases to. */
export const updateEnvironment = defineAction({
  name: 'environment.update',
  input: updateEnvironmentInput,
  ...MANAGE_ENVIRONMENTS,
  async run(tx, scope) {
    const environment = await environmentOf(tx, scope, scope.input.environmentId)
    const { name, description, releasesToId, isProtected } = scope.input
    await checkPromotionTarget(tx, environment.workspaceId, environment.id, releasesToId)
    const { changed, before, after } = fieldChanges(environment, { name, description, releasesToId, isProtected })
    if (changed.length === 0) return { id: environment.id, name: environment.name, changed }
    const updated = await tx.environment.update({ where: { id: environment.id }, data: after })
    scope.audit(environmentUpdated, {
      targetId: updated.id,
      workspaceId: updated.workspaceId,
      data: { name: updated.name, slug: updated.slug, before, after },
    })
    return { id: updated.id, name: updated.name, changed }
  },
})
