import { defineAction } from '@/lib/actions/define-action'
import { credentialRotated } from '../audit-events'
import { fingerprintOf } from '../catalog'
import { credentialAad, credentialOf, credentialSummary } from '../credentials'
import { credentialTarget, MANAGE_CREDENTIALS, secretKey } from '../schema'

export const rotateCredentialInput = credentialTarget.extend({ secret: secretKey })

/** Swaps the key in place, atomically: the old one is gone once this commits; the check starts over. */
export const rotateCredential = defineAction({
  name: 'credential.rotate',
  input: rotateCredentialInput,
  ...MANAGE_CREDENTIALS,
  async run(tx, { input, tenantId, vault, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    const fingerprint = fingerprintOf(input.secret)
    const updated = await tx.providerCredential.update({
      where: { id: credential.id },
      data: {
        sealedSecret: await vault.seal(credentialAad(tenantId, credential.id), input.secret),
        fingerprint,
        rotatedAt: new Date(),
        check: 'UNTESTED',
        checkMessage: '',
      },
    })
    audit(credentialRotated, {
      targetId: credential.id,
      data: { name: credential.name, from: credential.fingerprint, to: fingerprint },
    })
    return credentialSummary(updated)
  },
})
