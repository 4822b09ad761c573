import { createApiKey } from './create-api-key'
import { renameApiKey } from './rename-api-key'
import { revokeApiKey } from './revoke-api-key'
import { rotateApiKey } from './rotate-api-key'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const API_KEY_ACTIONS = [createApiKey, renameApiKey, revokeApiKey, rotateApiKey] as const
