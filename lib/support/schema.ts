import { z } from 'zod'
import { codeField } from '@/lib/two-factor/schema'
import { displayName, entityId, multilineText } from '@/lib/validation'

export const SUPPORT_DEFAULT_MINUTES = 60
export const SUPPORT_MAX_MINUTES = 8 * 60
/** A request nobody answered within this lapses. */
export const SUPPORT_REQUEST_LIFETIME_MS = 24 * 60 * 60_000

export const supportModeField = z.enum(['read_only', 'read_write'])
export const supportPolicyField = z.enum(['off', 'on_approval', 'allowed'])

export const requestSupportInput = z.object({
  tenantId: entityId,
  reason: multilineText({ max: 500 }).pipe(z.string().min(1, 'Say why you need access: the organisation reads it.')),
  ticket: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    displayName({ max: 100, required: 'Enter a ticket reference.' }).optional(),
  ),
  durationMinutes: z.coerce
    .number({ message: 'Choose how long.' })
    .int()
    .min(5, 'At least 5 minutes.')
    .max(SUPPORT_MAX_MINUTES, 'At most 8 hours.')
    .default(SUPPORT_DEFAULT_MINUTES),
  mode: supportModeField.default('read_only'),
  code: codeField,
})

export const supportSessionInput = z.object({ sessionId: entityId })

export const setSupportAccessInput = z.object({
  policy: supportPolicyField,
  readWrite: z.enum(['on', 'off']).default('off'),
})
