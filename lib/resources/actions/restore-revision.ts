import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { writableEnvironmentOf } from '@/lib/environments/load'
import { entityId } from '@/lib/validation'
import { resourceNote, resourceRestored } from '../audit-events'
import { refreshContentHash } from '../content-hash'
import { sameSpec } from '../diff'
import { asSpec } from '../kinds'
import { resourceIn } from '../load'
import { inEnvironment, revisionNumber, WRITE_RESOURCES } from '../schema'
import { writeResource } from '../write'

export const restoreRevisionInput = inEnvironment.extend({ resourceId: entityId, number: revisionNumber })

/** Makes an old revision current again, as a new revision (history is never rewritten). */
export const restoreRevision = defineAction({
  name: 'resource.restoreRevision',
  input: restoreRevisionInput,
  ...WRITE_RESOURCES,
  async run(tx, scope) {
    const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
    const current = await resourceIn(tx, environment, scope.input.resourceId)
    const old = await tx.resourceRevision.findUnique({
      where: { resourceId_number: { resourceId: current.id, number: scope.input.number } },
    })
    if (!old) return refuse('NOT_FOUND')
    const spec = asSpec(old.spec)
    if (!spec) refuse('VALIDATION', `Revision #${old.number} is a deletion; restore a revision that holds content.`)
    if (!current.deletedAt && sameSpec(current.spec, spec)) {
      refuse('VALIDATION', `Revision #${old.number} holds what is current already: there is nothing to restore.`)
    }
    const { resource } = await writeResource(tx, environment, {
      kind: current.kind,
      key: current.key,
      spec,
      authorId: scope.actor.userId,
      restoredFrom: old.number,
    })
    await refreshContentHash(tx, environment.id)
    const note = resourceNote(environment, resource, current.deletedAt ? null : current.spec, spec)
    scope.audit(resourceRestored, { ...note, data: { ...note.data, restoredFrom: old.number } })
    return { id: resource.id, key: resource.key, revision: resource.revision }
  },
})
