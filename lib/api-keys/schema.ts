import { z } from 'zod'
import type { ApiKeyScope } from '@/lib/generated/prisma/enums'
import { displayName, entityId } from '@/lib/validation'

export const API_KEY_SCOPES = {
  read: 'Read workspaces, environments and resources',
  write: 'Write agents and policies in unprotected environments',
  propose: 'Propose releases',
} as const satisfies Record<ApiKeyScope, string>
export const SCOPE_KEYS = Object.keys(API_KEY_SCOPES) as [ApiKeyScope, ...ApiKeyScope[]]

export const EXPIRY_CHOICES = { '30': 'In 30 days', '90': 'In 90 days', '365': 'In 365 days', date: 'On a date' } as const
/** The longest a key may live. */
export const MAX_LIFETIME_DAYS = 366
export const DAY_MS = 86_400_000

/** A key's name, chosen when it is made and changed later. */
export const keyName = displayName({ max: 80, required: 'Name the key, e.g. “CI deploys”.' })

/** '' binds the key to every workspace of the tenant; an id, to that workspace only. */
export const binding = z.union([z.literal(''), entityId], { message: 'Choose where the key works.' }).default('')

export const GRACE_CHOICES = {
  none: 'Stop the old key now',
  '1h': 'Keep the old key for 1 hour',
  '1d': 'Keep the old key for 1 day',
  '7d': 'Keep the old key for 7 days',
} as const
export const GRACE_MS: Record<keyof typeof GRACE_CHOICES, number> = { none: 0, '1h': 3_600_000, '1d': DAY_MS, '7d': 7 * DAY_MS }

/** A key, named with the workspace it is bound to ('' for a tenant-wide key): the permission is checked there. */
export const apiKeyTarget = z.object({ apiKeyId: entityId, workspaceId: binding })

/**
 * How API key actions are declared: the permission is checked in the workspace the key is
 * bound to, or tenant-wide for a key of every workspace.
 */
export const MANAGE_API_KEYS = {
  permission: 'apiKeys.manage',
  workspaceId: (input: { workspaceId: string }) => input.workspaceId || undefined,
} as const
