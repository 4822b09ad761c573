import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { environmentMoved } from '../audit-events'
import { environmentOf } from '../load'
import { MANAGE_ENVIRONMENTS, oneEnvironment } from '../schema'

export const moveEnvironmentInput = oneEnvironment.extend({ direction: z.enum(['up', 'down']) })

/** Moves an environment one place up or down the workspace's order. */
export const moveEnvironment = defineAction({
  name: 'environment.move',
  input: moveEnvironmentInput,
  ...MANAGE_ENVIRONMENTS,
  async run(tx, scope) {
    const environment = await environmentOf(tx, scope, scope.input.environmentId)
    const ordered = await tx.environment.findMany({
      where: { workspaceId: environment.workspaceId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    })
    const from = ordered.findIndex((candidate) => candidate.id === environment.id)
    const to = scope.input.direction === 'up' ? from - 1 : from + 1
    if (to < 0 || to >= ordered.length)
      refuse('VALIDATION', `${environment.name} is already ${scope.input.direction === 'up' ? 'first' : 'last'}.`)
    ordered.splice(to, 0, ...ordered.splice(from, 1))
    for (const [position, candidate] of ordered.entries()) {
      if (candidate.position !== position) await tx.environment.update({ where: { id: candidate.id }, data: { position } })
    }
    scope.audit(environmentMoved, {
      targetId: environment.id,
      workspaceId: environment.workspaceId,
      data: { name: environment.name, slug: environment.slug, from: from + 1, to: to + 1 },
    })
    return { id: environment.id, name: environment.name, position: to + 1 }
  },
})
