import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Db, Tx } from '@/lib/db/client'

/**
 * AI provider credentials (docs/architecture.md §9): tenant-wide, the secret sealed with the
 * tenant's data key and bound to its row, never returned by any action or page after it is
 * saved. Workspaces use one only once granted it.
 */

/** The associated data of a credential's sealed secret: a copy on another row does not open. */
export const credentialAad = (tenantId: string, credentialId: string) => `provider-credential:${tenantId}:${credentialId}`

/** The credential an action names, of the acting tenant. */
export async function credentialOf(tx: Tx | Db, tenantId: string, credentialId: string) {
  const credential = await tx.providerCredential.findFirst({ where: { id: credentialId, tenantId } })
  return credential ?? refuse('NOT_FOUND', 'This credential was not found. It may have been deleted.')
}

/** Only what a page or an action result may carry: never the sealed secret. */
export const credentialSummary = (credential: { id: string; name: string; provider: string; fingerprint: string }) => ({
  id: credential.id,
  name: credential.name,
  provider: credential.provider,
  fingerprint: credential.fingerprint,
})

/** The credential and the workspace a grant names, both of the acting tenant. */
export async function grantPlace(tx: Tx, scope: ActionScope<{ credentialId: string; workspaceId: string }>) {
  const credential = await credentialOf(tx, scope.tenantId, scope.input.credentialId)
  const workspace = await tx.workspace.findFirst({ where: { id: scope.input.workspaceId, tenantId: scope.tenantId } })
  if (!workspace) refuse('NOT_FOUND', 'This workspace was not found in this tenant.')
  return { credential, workspace }
}
