import { ERRORS, type ErrorCode, type FieldErrors } from '@/lib/actions/errors'

/**
 * A refusal as an HTTP answer, for route handlers and the public API alike: the status the
 * one error table gives its code, and `{ "error": { "code", "message", "fields"? } }`, never cached.
 */
export function refusalResponse(
  code: ErrorCode,
  message: string = ERRORS[code].message,
  extra: { fields?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  const error = { code: code.toLowerCase(), message, ...(extra.fields ? { fields: extra.fields } : {}) }
  return Response.json({ error }, { status: ERRORS[code].status, headers: { 'Cache-Control': 'no-store', ...extra.headers } })
}
