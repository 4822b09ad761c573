import type { FieldErrors, Refusal } from '@/lib/actions/errors'
import { refusalResponse } from '@/lib/http/refusal-response'

/** Every answer of the public API is JSON and never cached. */
const HEADERS = { 'Cache-Control': 'no-store' }

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...HEADERS, ...headers } })
}

/** `{ "error": { "code", "message" } }`, with the fields at fault for a validation error. */
function apiError(status: number, code: string, message: string, extra: { fields?: FieldErrors; headers?: Record<string, string> } = {}) {
  return apiJson({ error: { code, message, ...(extra.fields ? { fields: extra.fields } : {}) } }, status, extra.headers)
}

export const unauthorized = () =>
  apiError(401, 'unauthorized', 'Send a valid API key as "Authorization: Bearer atr_…". It may be missing, mistyped, revoked or expired.', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  })

export const notFound = (what: string) => refusalResponse('NOT_FOUND', `${what} was not found, or this key may not see it.`)

/** How a refused action answers over HTTP: the status the one error table gives its code, Retry-After when it says when. */
export function actionFailure(result: Refusal): Response {
  if (result.code === 'UNAUTHENTICATED') return unauthorized()
  const headers: Record<string, string> = result.retryAfterSeconds !== undefined ? { 'Retry-After': String(result.retryAfterSeconds) } : {}
  return refusalResponse(result.code, result.message, { fields: result.fieldErrors, headers })
}
