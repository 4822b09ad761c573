import type { Prisma } from '@/lib/generated/prisma/client'
import { AUDIT_WORDING } from '@/lib/registry/audit-events'

/**
 * An audit entry in words, after its actor's name ("renamed workspace Marketing to
 * Brand"), from the wording its domain declared with the event; a change made through the
 * API says with which key.
 */
export function describeAuditEvent(event: { action: string; data: Prisma.JsonValue }): string {
  const wording = AUDIT_WORDING.describe(event)
  const data = event.data !== null && typeof event.data === 'object' && !Array.isArray(event.data) ? event.data : {}
  const apiKey = data.apiKey !== null && typeof data.apiKey === 'object' && !Array.isArray(data.apiKey) ? data.apiKey : null
  return apiKey?.name ? `${wording} (through API key ${String(apiKey.name)}, ${String(apiKey.start ?? '')}…)` : wording
}
