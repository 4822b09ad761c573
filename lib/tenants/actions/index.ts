import { cancelDeletion } from './cancel-deletion'
import { createOrganisation } from './create-organisation'
import { renameOrganisation } from './rename-organisation'
import { scheduleDeletion } from './schedule-deletion'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const ORGANISATION_ACTIONS = [createOrganisation, renameOrganisation, scheduleDeletion, cancelDeletion] as const
