import { addCredential } from './add-credential'
import { deleteCredential } from './delete-credential'
import { grantCredential } from './grant-credential'
import { revokeGrant } from './revoke-grant'
import { rotateCredential } from './rotate-credential'
import { setCredentialEnabled } from './set-credential-enabled'
import { testCredential } from './test-credential'

/** Every action of this domain, for the registry (lib/registry/actions.ts). */
export const PROVIDER_ACTIONS = [
  addCredential,
  rotateCredential,
  setCredentialEnabled,
  deleteCredential,
  testCredential,
  grantCredential,
  revokeGrant,
] as const
