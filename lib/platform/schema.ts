import { z } from 'zod'
import { signUpDomain } from '@/lib/accounts/sign-up-policy'
import { accountEmail } from '@/lib/accounts/schema'
import { newOrganisationInput } from '@/lib/tenants/schema'
import { codeField } from '@/lib/two-factor/schema'
import { entityId, multilineText } from '@/lib/validation'

export const organisationInput = z.object({ tenantId: entityId })

export const suspendOrganisationInput = organisationInput.extend({
  reason: multilineText({ max: 500 }).pipe(z.string().min(1, 'Say why: the organisation’s people read it.')),
})

export const setWorkspaceLimitInput = organisationInput.extend({
  limit: z.coerce
    .number({ message: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(1, 'At least 1.')
    .max(100_000, 'At most 100,000.'),
})

export const accountInput = z.object({ userId: entityId })

export const setAccountStatusInput = accountInput.extend({ status: z.enum(['ACTIVE', 'DISABLED']) })

/** The instance's settings as the console's form sends them: domains one per line or comma-separated. */
export const instanceSettingsInput = z
  .object({
    signUpPolicy: z.enum(['invitations_only', 'open', 'listed_domains']),
    signUpDomains: z
      .string()
      .max(5000)
      .default('')
      .transform((text) => text.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(signUpDomain).max(100, 'At most 100 domains.')),
    organisationCreation: z.enum(['anyone', 'operators']),
    organisationsPerAccount: z.coerce
      .number({ message: 'Enter a whole number.' })
      .int('Enter a whole number.')
      .min(0, 'At least 0.')
      .max(1000, 'At most 1,000.'),
  })
  .refine((settings) => settings.signUpPolicy !== 'listed_domains' || settings.signUpDomains.length > 0, {
    path: ['signUpDomains'],
    message: 'List at least one domain, or nobody can sign up.',
  })

export const setOperatorInput = z.object({ email: accountEmail, operator: z.enum(['yes', 'no']) })

/** An organisation an operator makes for someone: its name and slug, and the address of its first tenant admin. */
export const organisationForInput = newOrganisationInput.extend({ adminEmail: accountEmail })

/** Deleting an organisation from the platform: its slug typed, and the operator's fresh second-factor code. */
export const scheduleOrganisationDeletionInput = organisationInput.extend({ confirmSlug: z.string().trim(), code: codeField })

/** The instance's settings an operator changes (and the platform log records before and after). */
export const INSTANCE_SETTINGS = {
  signUpPolicy: true,
  signUpDomains: true,
  organisationCreation: true,
  organisationsPerAccount: true,
} as const
