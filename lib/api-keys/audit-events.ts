import { auditEvent } from '@/lib/audit/events'

type Named = { name: string; start: string }

export const apiKeyCreated = auditEvent(
  'apiKey.created',
  'apiKey',
  (
    data: Named & {
      scopes: string[]
      /** The workspace the key is bound to; null for every workspace of the tenant. */
      workspace: string | null
      expiresAt: string
      /** The start of the key this one replaces, when made by a rotation. */
      replaces?: string
      /** The operator who made it (npm run apikey:create). */
      by?: string
    },
  ) => {
    const where = data.workspace ? `for ${data.workspace}` : 'for every workspace'
    const by = data.by ? ` (${data.by})` : ''
    return `created API key ${data.name} (${data.start}…) ${where}, scopes ${data.scopes.join(', ')}${by}`
  },
)

export const apiKeyRevoked = auditEvent('apiKey.revoked', 'apiKey', (data: Named) => `revoked API key ${data.name} (${data.start}…)`)

export const apiKeyRotated = auditEvent(
  'apiKey.rotated',
  'apiKey',
  (data: { name: string; from: string; to: string; oldKeyStops: string }) => `rotated API key ${data.name} (${data.from}… → ${data.to}…)`,
)

export const apiKeyRenamed = auditEvent(
  'apiKey.renamed',
  'apiKey',
  (data: { start: string; from: string; to: string }) => `renamed API key ${data.from} (${data.start}…) to ${data.to}`,
)

export const API_KEY_AUDIT_EVENTS = [apiKeyCreated, apiKeyRevoked, apiKeyRotated, apiKeyRenamed]
