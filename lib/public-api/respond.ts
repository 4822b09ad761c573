import type { ActionResult, ErrorCode, FieldErrors } from '@/lib/actions/errors'

/** Every answer of the public API is JSON and never cached. */
const HEADERS = { 'Cache-Control': 'no-store' }

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...HEADERS, ...headers } })
}

/** `{ "error": { "code", "message" } }`, with the fields at fault for a validation error. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: { fields?: FieldErrors; headers?: Record<string, string> } = {},
) {
  return apiJson({ error: { code, message, ...(extra.fields ? { fields: extra.fields } : {}) } }, status, extra.headers)
}

export const unauthorized = () =>
  apiError(401, 'unauthorized', 'Send a valid API key as "Authorization: Bearer atr_…". It may be missing, mistyped, revoked or expired.', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  })

export const notFound = (what: string) => apiError(404, 'not_found', `${what} was not found, or this key may not see it.`)

/** How a refused action answers over HTTP. */
const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  VALIDATION: 422,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ENVIRONMENT_PROTECTED: 409,
  WORKSPACE_ARCHIVED: 409,
  NOTHING_TO_RELEASE: 409,
  NO_PROMOTION_TARGET: 409,
  INTERNAL: 500,
}

export function actionFailure(result: Extract<ActionResult<unknown>, { ok: false }>): Response {
  if (result.code === 'UNAUTHENTICATED') return unauthorized()
  return apiError(STATUS_OF[result.code] ?? 409, result.code.toLowerCase(), result.message, { fields: result.fieldErrors })
}
