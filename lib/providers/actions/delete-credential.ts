import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { credentialDeleted } from '../audit-events'
import { credentialOf } from '../credentials'
import { credentialTarget, MANAGE_CREDENTIALS } from '../schema'

/** Deletes a credential and its sealed key; refused while any workspace is granted it (the database refuses too). */
export const deleteCredential = defineAction({
  name: 'credential.delete',
  input: credentialTarget,
  ...MANAGE_CREDENTIALS,
  async run(tx, { input, tenantId, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    const grants = await tx.providerGrant.count({ where: { credentialId: credential.id } })
    if (grants > 0) {
      refuse(
        'CREDENTIAL_IN_USE',
        `${grants} workspace${grants === 1 ? ' is' : 's are'} granted this credential. Revoke ${grants === 1 ? 'that grant' : 'those grants'} first.`,
      )
    }
    await tx.providerCredential.delete({ where: { id: credential.id } })
    audit(credentialDeleted, {
      targetId: credential.id,
      data: { name: credential.name, fingerprint: credential.fingerprint },
    })
    return { id: credential.id }
  },
})
