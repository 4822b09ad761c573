import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { releaseNote, releaseRollbackProposed } from '../audit-events'
import { itemKey } from '../compare'
import { releaseOf } from '../load'
import { freezeItems, proposal } from '../proposal'
import { PROPOSE_RELEASES, releaseTargetInput } from '../schema'
import { submittedStatus } from '../workflow'

/** Proposes a release that brings an environment back to an earlier applied release's content. */
export const proposeRollback = defineAction({
  name: 'release.rollback',
  input: releaseTargetInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const { release: earlier, target } = await releaseOf(tx, scope)
    if (earlier.status !== 'applied') refuse('RELEASE_NOT_OPEN', 'Only an applied release can be rolled back to.')
    const place = { sourceEnvironmentId: target.id, targetEnvironmentId: target.id, rollbackOfId: earlier.id }
    const changes = await proposal(tx, place)
    if (changes.length === 0) refuse('NOTHING_TO_RELEASE', `${target.name} already holds the content of release #${earlier.number}.`)
    const status = submittedStatus(target)
    const rollback = await tx.release.create({
      data: {
        tenantId: target.tenantId,
        workspaceId: target.workspaceId,
        ...place,
        title: `Roll back ${target.name} to #${earlier.number}`,
        notes: `Restores the content ${target.name} had after release #${earlier.number} (${earlier.title}).`,
        status,
        authorId: scope.actor.userId,
        submittedAt: new Date(),
      },
    })
    await freezeItems(tx, rollback, changes)
    scope.audit(
      releaseRollbackProposed,
      releaseNote(rollback, { to: target.slug, rollbackOf: earlier.number, changes: changes.map(itemKey) }),
    )
    return { id: rollback.id, status }
  },
})
