import { createEnvironment } from './create-environment'
import { deleteEnvironment } from './delete-environment'
import { moveEnvironment } from './move-environment'
import { setReviewRules } from './set-review-rules'
import { updateEnvironment } from './update-environment'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const ENVIRONMENT_ACTIONS = [createEnvironment, updateEnvironment, moveEnvironment, deleteEnvironment, setReviewRules] as const
