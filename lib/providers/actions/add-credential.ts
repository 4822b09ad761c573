import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { displayName } from '@/lib/validation'
import { credentialAdded } from '../audit-events'
import { fingerprintOf, PROVIDER_KEYS, PROVIDERS } from '../catalog'
import { credentialAad, credentialSummary } from '../credentials'
import { baseUrlProblem } from '../endpoint'
import { blankAsAbsent, MANAGE_CREDENTIALS, secretKey } from '../schema'

export const addCredentialInput = z
  .object({
    provider: z.enum(PROVIDER_KEYS, { message: 'Choose a provider.' }),
    name: displayName({ max: 80, required: 'Name the credential, e.g. “OpenAI production”.' }),
    baseUrl: z.preprocess(blankAsAbsent, z.string().trim().max(300, 'Use at most 300 characters.').optional()),
    secret: secretKey,
  })
  .superRefine((input, context) => {
    if (!input.baseUrl && PROVIDERS[input.provider].defaultBaseUrl === null) {
      context.addIssue({ code: 'custom', path: ['baseUrl'], message: `${PROVIDERS[input.provider].label} needs the address of its API.` })
    }
  })

/** Saves a provider key for the tenant, sealed with its data key; only its fingerprint is ever shown again. */
export const addCredential = defineAction({
  name: 'credential.add',
  input: addCredentialInput,
  ...MANAGE_CREDENTIALS,
  async run(tx, { input, tenantId, actor, vault, settings, audit }) {
    const addressProblem = input.baseUrl ? baseUrlProblem(input.baseUrl, settings.allowLocalProviderUrls) : null
    if (addressProblem) refuse('VALIDATION', undefined, { baseUrl: [addressProblem] })
    const taken = await tx.providerCredential.findFirst({ where: { tenantId, name: { equals: input.name, mode: 'insensitive' } } })
    if (taken) refuse('VALIDATION', undefined, { name: ['Another credential of this tenant has this name.'] })
    const id = randomUUID()
    const credential = await tx.providerCredential.create({
      data: {
        id,
        tenantId,
        provider: input.provider,
        name: input.name,
        baseUrl: input.baseUrl ?? null,
        sealedSecret: await vault.seal(credentialAad(tenantId, id), input.secret),
        fingerprint: fingerprintOf(input.secret),
        addedById: actor.userId,
      },
    })
    audit(credentialAdded, {
      targetId: id,
      data: { name: credential.name, provider: PROVIDERS[credential.provider].label, fingerprint: credential.fingerprint },
    })
    return credentialSummary(credential)
  },
})
