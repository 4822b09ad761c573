import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { writableEnvironmentOf } from '@/lib/environments/load'
import { resourceCreated, resourceNote } from '../audit-events'
import { refreshContentHash } from '../content-hash'
import { RESOURCE_KIND_KEYS, RESOURCE_KINDS } from '../kinds'
import { parseSpec } from '../load'
import { inEnvironment, resourceKey, specFields, WRITE_RESOURCES } from '../schema'
import { writeResource } from '../write'

export const createResourceInput = inEnvironment.extend({
  kind: z.enum(RESOURCE_KIND_KEYS as ['agent', 'policy'], { message: 'Choose a kind of resource.' }),
  key: resourceKey,
  spec: specFields,
})

/** Creates an agent or a policy in an unprotected environment (or brings back a deleted key). */
export const createResource = defineAction({
  name: 'resource.create',
  input: createResourceInput,
  ...WRITE_RESOURCES,
  async run(tx, scope) {
    const { kind, key } = scope.input
    const environment = await writableEnvironmentOf(tx, scope, scope.input.environmentId)
    const spec = parseSpec(kind, scope.input.spec)
    const taken = await tx.resource.findUnique({
      where: { environmentId_kind_key: { environmentId: environment.id, kind, key } },
      select: { deletedAt: true },
    })
    if (taken && !taken.deletedAt) {
      refuse('VALIDATION', undefined, {
        key: [`${environment.name} already has a ${RESOURCE_KINDS[kind].label.toLowerCase()} with this key.`],
      })
    }
    const { resource } = await writeResource(tx, environment, { kind, key, spec, authorId: scope.actor.userId })
    await refreshContentHash(tx, environment.id)
    scope.audit(resourceCreated, resourceNote(environment, resource, null, spec))
    return { id: resource.id, key, revision: resource.revision }
  },
})
