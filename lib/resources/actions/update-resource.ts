import { defineAction } from '@/lib/actions/define-action'
import { entityId } from '@/lib/validation'
import { resourceNote, resourceUpdated } from '../audit-events'
import { refreshContentHash } from '../content-hash'
import { sameSpec } from '../diff'
import { parseSpec, resourceToEdit } from '../load'
import { inEnvironment, revisionNumber, specFields, WRITE_RESOURCES } from '../schema'
import { writeResource } from '../write'

export const updateResourceInput = inEnvironment.extend({
  resourceId: entityId,
  /** The revision the form was opened at: a save over someone else's newer one is refused. */
  baseRevision: revisionNumber,
  spec: specFields,
})

/** Saves a new revision of a resource; saving what is already there writes nothing. */
export const updateResource = defineAction({
  name: 'resource.update',
  input: updateResourceInput,
  ...WRITE_RESOURCES,
  async run(tx, scope) {
    const { environment, current } = await resourceToEdit(tx, scope)
    const spec = parseSpec(current.kind, scope.input.spec)
    if (sameSpec(current.spec, spec)) return { id: current.id, key: current.key, revision: current.revision, changed: false }
    const { resource } = await writeResource(tx, environment, { kind: current.kind, key: current.key, spec, authorId: scope.actor.userId })
    await refreshContentHash(tx, environment.id)
    scope.audit(resourceUpdated, resourceNote(environment, resource, current.spec, spec))
    return { id: resource.id, key: resource.key, revision: resource.revision, changed: true }
  },
})
