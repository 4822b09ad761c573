import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { environmentDeleted } from '../audit-events'
import { environmentOf } from '../load'
import { environmentUsage } from '../queries'
import { MANAGE_ENVIRONMENTS, oneEnvironment } from '../schema'

export const deleteEnvironmentInput = oneEnvironment.extend({ confirmSlug: z.string().trim() })

/** Deletes an empty, unprotected environment with no release history, once its slug is typed. */
export const deleteEnvironment = defineAction({
  name: 'environment.delete',
  input: deleteEnvironmentInput,
  ...MANAGE_ENVIRONMENTS,
  async run(tx, scope) {
    const environment = await environmentOf(tx, scope, scope.input.environmentId)
    if (scope.input.confirmSlug !== environment.slug) {
      refuse('VALIDATION', undefined, { confirmSlug: [`Type ${environment.slug} to confirm.`] })
    }
    if (environment.isProtected)
      refuse('ENVIRONMENT_PROTECTED', `${environment.name} is protected. Unprotect it first if it really must go.`)
    if ((await environmentUsage(tx, environment.id)).inUse) refuse('ENVIRONMENT_IN_USE')
    // Environments that released to it now release nowhere.
    await tx.environment.updateMany({ where: { releasesToId: environment.id }, data: { releasesToId: null } })
    await tx.environment.delete({ where: { id: environment.id } })
    scope.audit(environmentDeleted, {
      targetId: environment.id,
      workspaceId: environment.workspaceId,
      data: { name: environment.name, slug: environment.slug },
    })
    return { id: environment.id, name: environment.name }
  },
})
