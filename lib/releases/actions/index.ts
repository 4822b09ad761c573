import { applyRelease } from './apply-release'
import { approveRelease } from './approve-release'
import { draftRelease } from './draft-release'
import { editRelease } from './edit-release'
import { proposeRollback } from './propose-rollback'
import { refreshRelease } from './refresh-release'
import { rejectRelease } from './reject-release'
import { submitRelease } from './submit-release'
import { withdrawRelease } from './withdraw-release'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const RELEASE_ACTIONS = [
  draftRelease,
  editRelease,
  submitRelease,
  withdrawRelease,
  refreshRelease,
  proposeRollback,
  approveRelease,
  rejectRelease,
  applyRelease,
] as const
