import type { Prisma } from '@/lib/generated/prisma/client'
import { AUDIT_WORDING } from '@/lib/registry/audit-events'

type JsonObject = Record<string, Prisma.JsonValue>

const objectOf = (value: Prisma.JsonValue | undefined): JsonObject | null =>
  value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null

/**
 * An audit entry in words, after its actor's name ("renamed workspace Marketing to
 * Brand"), from the wording its domain declared with the event; a change made through the
 * API says with which key, and one made through a platform operator's support session says
 * so and names the session (docs/architecture.md §15).
 */
export function describeAuditEvent(event: { action: string; data: Prisma.JsonValue }): string {
  const wording = AUDIT_WORDING.describe(event)
  const data = objectOf(event.data) ?? {}
  const apiKey = objectOf(data.apiKey)
  if (apiKey?.name) return `${wording} (through API key ${String(apiKey.name)}, ${String(apiKey.start ?? '')}…)`
  const support = objectOf(data.asSupport)
  if (support?.sessionId) return `${wording} (as support, session ${String(support.sessionId).slice(0, 8)}…)`
  return wording
}
