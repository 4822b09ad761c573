import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { workspaceSlug } from '@/lib/workspaces/schema'
import { environmentCreated } from '../audit-events'
import { checkPromotionTarget } from '../promotion-target'
import { environmentDescription, environmentName, inWorkspace, MANAGE_ENVIRONMENTS, promotionTarget } from '../schema'

export const createEnvironmentInput = inWorkspace.extend({
  name: environmentName,
  slug: workspaceSlug,
  description: environmentDescription,
  releasesToId: promotionTarget,
  isProtected: z.boolean().default(false),
})

/** Adds an environment last in the workspace's release order. */
export const createEnvironment = defineAction({
  name: 'environment.create',
  input: createEnvironmentInput,
  ...MANAGE_ENVIRONMENTS,
  async run(tx, scope) {
    const workspace = scope.workspace!
    const { name, slug, description, releasesToId, isProtected } = scope.input
    if (await tx.environment.findUnique({ where: { workspaceId_slug: { workspaceId: workspace.id, slug } } })) {
      refuse('VALIDATION', undefined, { slug: ['This workspace already has an environment with this slug.'] })
    }
    await checkPromotionTarget(tx, workspace.id, null, releasesToId)
    const last = await tx.environment.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } })
    const environment = await tx.environment.create({
      data: {
        tenantId: workspace.tenantId,
        workspaceId: workspace.id,
        name,
        slug,
        description,
        releasesToId,
        isProtected,
        position: (last._max.position ?? -1) + 1,
      },
    })
    scope.audit(environmentCreated, {
      targetId: environment.id,
      workspaceId: workspace.id,
      data: { name, slug, isProtected, releasesToId },
    })
    return { id: environment.id, slug: environment.slug, name: environment.name }
  },
})
