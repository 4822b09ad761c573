import { cancelOrganisationDeletion } from './cancel-organisation-deletion'
import { createOrganisationFor } from './create-organisation-for'
import { endAccountSessions } from './end-account-sessions'
import { reactivateOrganisation } from './reactivate-organisation'
import { scheduleOrganisationDeletion } from './schedule-organisation-deletion'
import { removeAccountTwoFactor } from './remove-two-factor'
import { setAccountStatus } from './set-account-status'
import { setInstanceSettings } from './set-instance-settings'
import { setOperator } from './set-operator'
import { setWorkspaceLimit } from './set-workspace-limit'
import { suspendOrganisation } from './suspend-organisation'

/** Every action of the platform console (lib/registry/actions.ts); each is in the platform log too. */
export const PLATFORM_ACTIONS = [
  suspendOrganisation,
  reactivateOrganisation,
  setWorkspaceLimit,
  setAccountStatus,
  removeAccountTwoFactor,
  endAccountSessions,
  setInstanceSettings,
  setOperator,
  createOrganisationFor,
  scheduleOrganisationDeletion,
  cancelOrganisationDeletion,
] as const
