import { createResource } from './create-resource'
import { deleteResource } from './delete-resource'
import { restoreRevision } from './restore-revision'
import { updateResource } from './update-resource'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const RESOURCE_ACTIONS = [createResource, updateResource, deleteResource, restoreRevision] as const
