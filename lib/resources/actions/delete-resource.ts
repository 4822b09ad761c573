import { defineAction } from '@/lib/actions/define-action'
import { entityId } from '@/lib/validation'
import { resourceDeleted, resourceNote } from '../audit-events'
import { refreshContentHash } from '../content-hash'
import { specName } from '../kinds'
import { resourceToEdit } from '../load'
import { inEnvironment, revisionNumber, WRITE_RESOURCES } from '../schema'
import { writeResource } from '../write'

export const deleteResourceInput = inEnvironment.extend({ resourceId: entityId, baseRevision: revisionNumber })

/** Deletes a resource; its history stays, and a later revision can bring it back. */
export const deleteResource = defineAction({
  name: 'resource.delete',
  input: deleteResourceInput,
  ...WRITE_RESOURCES,
  async run(tx, scope) {
    const { environment, current } = await resourceToEdit(tx, scope)
    const { resource } = await writeResource(tx, environment, {
      kind: current.kind,
      key: current.key,
      spec: null,
      authorId: scope.actor.userId,
    })
    await refreshContentHash(tx, environment.id)
    scope.audit(resourceDeleted, resourceNote(environment, resource, current.spec, null))
    return { id: resource.id, key: resource.key, name: specName(current.spec) }
  },
})
