import { z } from 'zod'
import type { ApiKeyScope } from '@/lib/generated/prisma/enums'
import { calendarDay, displayName, entityId } from '@/lib/validation'

export const API_KEY_SCOPES = {
  read: 'Read workspaces, environments and resources',
  write: 'Write agents and policies in unprotected environments',
  propose: 'Propose releases',
} as const satisfies Record<ApiKeyScope, string>
const SCOPE_KEYS = Object.keys(API_KEY_SCOPES) as [ApiKeyScope, ...ApiKeyScope[]]

export const EXPIRY_CHOICES = { '30': 'In 30 days', '90': 'In 90 days', '365': 'In 365 days', date: 'On a date' } as const
/** The longest a key may live. */
export const MAX_LIFETIME_DAYS = 366
const DAY_MS = 86_400_000

/** '' binds the key to every workspace of the tenant; an id, to that workspace only. */
const binding = z.union([z.literal(''), entityId], { message: 'Choose where the key works.' }).default('')

export const createApiKeyInput = z
  .object({
    name: displayName({ max: 80, required: 'Name the key, e.g. “CI deploys”.' }),
    workspaceId: binding,
    scopes: z.array(z.enum(SCOPE_KEYS)).min(1, 'Choose at least one scope.'),
    expiresIn: z.enum(Object.keys(EXPIRY_CHOICES) as [keyof typeof EXPIRY_CHOICES], { message: 'Choose when the key expires.' }),
    expiresOn: z.string().optional(),
  })
  .transform((input, context) => {
    const expiresAt = expiryOf(input.expiresIn, input.expiresOn)
    if (typeof expiresAt === 'string') {
      context.addIssue({ code: 'custom', path: ['expiresOn'], message: expiresAt })
      return z.NEVER
    }
    return { name: input.name, workspaceId: input.workspaceId, scopes: [...new Set(input.scopes)], expiresAt }
  })

/** When a key chosen to expire this way expires, or what is wrong with the date. */
function expiryOf(choice: keyof typeof EXPIRY_CHOICES, day: string | undefined, now = Date.now()): Date | string {
  if (choice !== 'date') return new Date(now + Number(choice) * DAY_MS)
  const parsed = calendarDay.safeParse(day ?? '')
  if (!parsed.success) return 'Enter the day it expires, as YYYY-MM-DD.'
  const endOfDay = new Date(`${parsed.data}T23:59:59.000Z`)
  if (endOfDay.getTime() <= now) return 'Choose a day after today.'
  if (endOfDay.getTime() > now + (MAX_LIFETIME_DAYS - 1) * DAY_MS)
    return `A key lives at most ${MAX_LIFETIME_DAYS} days: choose an earlier day.`
  return endOfDay
}

export const GRACE_CHOICES = {
  none: 'Stop the old key now',
  '1h': 'Keep the old key for 1 hour',
  '1d': 'Keep the old key for 1 day',
  '7d': 'Keep the old key for 7 days',
} as const
export const GRACE_MS: Record<keyof typeof GRACE_CHOICES, number> = { none: 0, '1h': 3_600_000, '1d': DAY_MS, '7d': 7 * DAY_MS }

/** A key, named with the workspace it is bound to ('' for a tenant-wide key): the permission is checked there. */
export const apiKeyTarget = z.object({ apiKeyId: entityId, workspaceId: binding })
export const rotateApiKeyInput = apiKeyTarget.extend({
  grace: z
    .enum(Object.keys(GRACE_CHOICES) as [keyof typeof GRACE_CHOICES], { message: 'Choose what happens to the old key.' })
    .default('none'),
})

export type CreateApiKeyInput = z.output<typeof createApiKeyInput>
