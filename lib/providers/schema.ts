import { z } from 'zod'
import { wholeNumber } from '@/lib/resources/kinds/fields'
import { displayName, entityId } from '@/lib/validation'
import { PROVIDER_KEYS, PROVIDERS } from './catalog'

/** A pasted key: one token, no spaces or line breaks (a copy that took the surrounding text along). */
export const secretKey = z
  .string()
  .trim()
  .min(1, { message: 'Paste the key.', abort: true })
  .min(8, 'This is too short to be a provider key.')
  .max(500, 'This is longer than any provider key (500 characters at most).')
  .refine((value) => !/\s/.test(value), 'A key has no spaces or line breaks: paste the key alone.')

const credentialName = displayName({ max: 80, required: 'Name the credential, e.g. “OpenAI production”.' })

/** Blank means "none": a form's empty field and an absent one read the same. */
const blankAsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

export const addCredentialInput = z
  .object({
    provider: z.enum(PROVIDER_KEYS, { message: 'Choose a provider.' }),
    name: credentialName,
    baseUrl: z.preprocess(blankAsAbsent, z.string().trim().max(300, 'Use at most 300 characters.').optional()),
    secret: secretKey,
  })
  .superRefine((input, context) => {
    if (!input.baseUrl && PROVIDERS[input.provider].defaultBaseUrl === null) {
      context.addIssue({ code: 'custom', path: ['baseUrl'], message: `${PROVIDERS[input.provider].label} needs the address of its API.` })
    }
  })

export const credentialTarget = z.object({ credentialId: entityId })
export const rotateCredentialInput = credentialTarget.extend({ secret: secretKey })
export const setCredentialEnabledInput = credentialTarget.extend({ enabled: z.boolean() })

const optionalLimit = (label: string, max: number) => z.preprocess(blankAsAbsent, wholeNumber({ min: 1, max, label }).optional())

export const grantInput = credentialTarget.extend({
  workspaceId: entityId,
  monthlyBudget: optionalLimit('the monthly budget', 10_000_000),
  requestsPerMinute: optionalLimit('the requests per minute', 1_000_000),
})
export const revokeGrantInput = credentialTarget.extend({ workspaceId: entityId })

export type AddCredentialInput = z.output<typeof addCredentialInput>
export type GrantInput = z.output<typeof grantInput>
