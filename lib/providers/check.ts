import type { AiProvider } from '@/lib/generated/prisma/enums'
import { modelsRequest } from './models-request'
import { resolvedAddressProblem } from './endpoint'

export type CheckOutcome = { verified: true; message: string } | { verified: false; message: string }

const TIMEOUT_MS = 8_000
const MAX_MESSAGE = 300

/** The provider's own words for a refusal ({error: {message}} or {error: "…"} or {message}), else the HTTP status. */
function providerMessage(status: number, body: unknown): string {
  const record = (body ?? {}) as { error?: { message?: unknown } | string; message?: unknown }
  const message =
    typeof record.error === 'string' ? record.error : typeof record.error?.message === 'string' ? record.error.message : record.message
  return typeof message === 'string' && message.trim() ? `${status}: ${message.trim()}` : `The provider answered ${status}.`
}

/**
 * Asks the provider to list its models with the key (docs/architecture.md §9). Never
 * follows a redirect (the key would go along), gives up after 8 s, and keeps nothing of
 * the answer but a short message with the key taken out of it.
 */
export async function checkCredential(
  credential: { provider: AiProvider; baseUrl: string | null; secret: string },
  allowLocal: boolean,
): Promise<CheckOutcome> {
  const { url, headers } = modelsRequest(credential.provider, credential.baseUrl, credential.secret)
  const refused = await resolvedAddressProblem(url, allowLocal)
  if (refused) return { verified: false, message: refused }
  const redact = (text: string) => text.replaceAll(credential.secret, '[key]').slice(0, MAX_MESSAGE)
  try {
    const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) })
    const body: unknown = await response.json().catch(() => null)
    if (response.ok) {
      const models = (body as { data?: unknown[]; models?: unknown[] } | null)?.data ?? (body as { models?: unknown[] } | null)?.models
      const count = Array.isArray(models) ? `; it lists ${models.length} model${models.length === 1 ? '' : 's'}` : ''
      return { verified: true, message: `The provider accepted the key${count}.` }
    }
    return { verified: false, message: redact(providerMessage(response.status, body)) }
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return { verified: false, message: timedOut ? 'The provider did not answer within 8 seconds.' : 'The provider could not be reached.' }
  }
}
