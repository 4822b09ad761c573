import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { credentialDisabled, credentialEnabled } from '../audit-events'
import { credentialOf, credentialSummary } from '../credentials'
import { credentialTarget, MANAGE_CREDENTIALS } from '../schema'

export const setCredentialEnabledInput = credentialTarget.extend({ enabled: z.boolean() })

/** Disables a credential (nothing may use it) or enables it again; already so, it changes nothing. */
export const setCredentialEnabled = defineAction({
  name: 'credential.setEnabled',
  input: setCredentialEnabledInput,
  ...MANAGE_CREDENTIALS,
  async run(tx, { input, tenantId, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    if ((credential.disabledAt === null) === input.enabled) return credentialSummary(credential)
    const updated = await tx.providerCredential.update({
      where: { id: credential.id },
      data: { disabledAt: input.enabled ? null : new Date() },
    })
    audit(input.enabled ? credentialEnabled : credentialDisabled, { targetId: credential.id, data: { name: credential.name } })
    return credentialSummary(updated)
  },
})
