import { z } from 'zod'
import { accountEmail, accountName } from '@/lib/accounts/schema'
import { signUpDomain } from '@/lib/accounts/sign-up-policy'
import { newPasswordField } from '@/lib/passwords/rules'
import { displayName, entityId, slugField } from '@/lib/validation'
import { SLUG_MAX_LENGTH } from '@/lib/validation/slug'

/**
 * Slugs no organisation may have: the console's own top-level paths and words that would
 * read as the platform's (an organisation called "platform" or "support").
 */
export const RESERVED_ORGANISATION_SLUGS: ReadonlySet<string> = new Set([
  'account',
  'admin',
  'api',
  'app',
  'assets',
  'audit',
  'auth',
  'forgot-password',
  'help',
  'invitations',
  'login',
  'logout',
  'new',
  'organisations',
  'platform',
  'reset-password',
  'root',
  'settings',
  'setup',
  'sign-up',
  'signup',
  'static',
  'status',
  'support',
  'system',
  'two-factor',
  'verify-email',
  'workspaces',
  'www',
])

export const ORGANISATION_SLUG_TAKEN = 'An organisation already uses this slug. Choose another.'
export const ORGANISATION_SLUG_RESERVED = 'This slug is reserved. Choose another.'

export const organisationName = displayName({ max: 64, required: 'Enter the organisation’s name.' })

/** Chosen once, when the organisation is made (the database refuses a change). */
export const organisationSlug = slugField({ max: SLUG_MAX_LENGTH, required: 'Enter a slug.' }).refine(
  (slug) => !RESERVED_ORGANISATION_SLUGS.has(slug),
  ORGANISATION_SLUG_RESERVED,
)

export const newOrganisationInput = z.object({ name: organisationName, slug: organisationSlug })

/** Domains typed as a list: "example.com, example.org". */
const domainList = z
  .string()
  .max(2000)
  .default('')
  .transform((text) => text.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(signUpDomain).max(50, 'List at most 50 domains.'))

/** The first run: the first account, the first organisation, and who else may get an account. */
export const setUpInput = z
  .object({
    name: accountName,
    email: accountEmail,
    // Length, blanks, guessability and the person's own name: checked by the service (lib/passwords).
    password: newPasswordField,
    organisationName,
    organisationSlug,
    signUpPolicy: z.enum(['invitations_only', 'open', 'listed_domains'], 'Choose who may sign up.').default('invitations_only'),
    signUpDomains: domainList,
  })
  .refine((input) => input.signUpPolicy !== 'listed_domains' || input.signUpDomains.length > 0, {
    path: ['signUpDomains'],
    message: 'List at least one domain, such as example.com.',
  })

export const renameOrganisationInput = z.object({ name: organisationName })

export const scheduleDeletionInput = z.object({
  confirmSlug: z.string().trim().max(100),
  password: z.string().min(1, 'Enter your password.').max(200),
})

/** Cancelling names the organisation: its tenant admins may no longer be inside it. */
export const organisationTargetInput = z.object({ organisationId: entityId })
