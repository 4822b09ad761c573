import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { credentialTested } from '../audit-events'
import { checkCredential, type CheckOutcome } from '../check'
import { credentialAad, credentialOf } from '../credentials'
import { credentialTarget, MANAGE_CREDENTIALS } from '../schema'

interface PreparedCheck {
  outcome: CheckOutcome
  /** The key that was tried: a rotation meanwhile makes the outcome about a key that is gone. */
  fingerprint: string
  rotatedAt: Date | null
}

/**
 * "Test connection": asks the provider with the key, outside the tenant lock (it may take
 * seconds), then records the outcome under it, unless the key was rotated meanwhile.
 */
export const testCredential = defineAction({
  name: 'credential.test',
  input: credentialTarget,
  ...MANAGE_CREDENTIALS,
  async prepare(db, { input, tenantId, vault, settings }): Promise<PreparedCheck> {
    const credential = await credentialOf(db, tenantId, input.credentialId)
    const secret = await vault.open(credentialAad(tenantId, credential.id), credential.sealedSecret)
    const outcome = await checkCredential(
      { provider: credential.provider, baseUrl: credential.baseUrl, secret },
      settings.allowLocalProviderUrls,
    )
    return { outcome, fingerprint: credential.fingerprint, rotatedAt: credential.rotatedAt }
  },
  async run(tx, { input, tenantId, prepared, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    if (credential.fingerprint !== prepared.fingerprint || credential.rotatedAt?.getTime() !== prepared.rotatedAt?.getTime()) {
      refuse('CONFLICT', 'The key was replaced while it was being tested. Test the new key.')
    }
    const now = new Date()
    const { verified, message } = prepared.outcome
    await tx.providerCredential.update({
      where: { id: credential.id },
      data: {
        check: verified ? 'VERIFIED' : 'FAILING',
        checkMessage: message,
        lastCheckedAt: now,
        ...(verified ? { lastVerifiedAt: now } : {}),
      },
    })
    audit(credentialTested, { targetId: credential.id, data: { name: credential.name, verified, message } })
    return { verified, message }
  },
})
