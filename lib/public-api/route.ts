import { randomUUID } from 'node:crypto'
import { actionSettings, type ActionEnvironment, type ActionSettings } from '@/lib/actions/define-action'
import { authenticateApiKey } from '@/lib/api-keys/authenticate'
import { keyActor, keyCaller, type ApiKeyCaller } from '@/lib/api-keys/caller'
import { mustSetUpTwoFactorFirst, type Actor } from '@/lib/authz/permissions'
import { getConfig } from '@/lib/config'
import { getDb, type Db } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { metaFromHeaders } from '@/lib/http/client-address'
import { ERRORS } from '@/lib/actions/errors'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'
import { refusalResponse } from '@/lib/http/refusal-response'
import { unauthorized } from './respond'

/** What a handler of the public API gets: the key, who it acts as, and the environment to run actions in. */
export interface ApiCall {
  db: Db
  key: ApiKeyCaller
  actor: Actor
  /** For actions: they run as the key (§4), through the same wrapper, permissions and audit chain as the console. */
  env: ActionEnvironment
}

/** What serving an API request needs from the server: its database and the settings actions read. */
export interface ApiServer {
  db: Db
  auditKey: string
  settings: ActionSettings
}

export type ApiHandler<P> = (request: Request, call: ApiCall, path: P) => Promise<Response>

/**
 * Serves one request of /api/v1: authenticates the key (401 alike for every kind of bad
 * key, 429 with Retry-After past the key's limit), resolves who it acts as now (403 while its
 * organisation requires a second factor its owner lacks), runs the handler, and answers anything unexpected with a JSON 500 and a reference that is logged.
 */
export async function serveApi<P>(server: ApiServer, request: Request, handler: ApiHandler<P>, path: P): Promise<Response> {
  try {
    const { db } = server
    // The key names its tenant only once found: the named path across tenants finds it.
    const authentication = await withScope({ acrossTenants: 'api-key' }, () => authenticateApiKey(db, request.headers.get('authorization')))
    if (!authentication.ok) {
      if (authentication.status === 401) return unauthorized()
      const retryAfter = String(authentication.retryAfterSeconds)
      return refusalResponse('RATE_LIMITED', `This key made too many requests. Try again in ${retryAfter} s.`, {
        headers: { 'Retry-After': retryAfter },
      })
    }
    const { key } = authentication
    // Everything after reads and writes the key's tenant alone (row-level security).
    return await withScope({ tenantId: key.tenantId }, () => serveKey(server, request, handler, path, key))
  } catch (error) {
    return faultResponse(request, error)
  }
}

async function serveKey<P>(server: ApiServer, request: Request, handler: ApiHandler<P>, path: P, key: ApiKeyCaller): Promise<Response> {
  const { db } = server
  const actor = await keyActor(db, key, key.tenantId)
  if (!actor) return unauthorized()
  // The organisation requires a second factor its owner has not set up: every request is refused until then.
  if (mustSetUpTwoFactorFirst(actor)) return refusalResponse('TWO_FACTOR_REQUIRED')
  const env: ActionEnvironment = {
    db,
    caller: async () => keyCaller(key),
    auditKey: server.auditKey,
    meta: metaFromHeaders(request.headers),
    settings: server.settings,
  }
  return handler(request, { db, key, actor, env }, path)
}

function faultResponse(request: Request, error: unknown): Response {
  if (isDatabaseUnavailable(error)) return refusalResponse('DATABASE_UNAVAILABLE', undefined, { headers: { 'Retry-After': '5' } })
  const reference = randomUUID().slice(0, 8)
  console.error(`[api ${request.method} ${new URL(request.url).pathname}] reference ${reference}:`, error)
  return refusalResponse('INTERNAL', `${ERRORS.INTERNAL.message} Reference: ${reference}`)
}

/** A route handler of app/api/v1 for a handler of lib/public-api/handlers.ts. */
export function apiRoute<P>(handler: ApiHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const config = getConfig()
    return serveApi({ db: getDb(), auditKey: config.auditKey, settings: actionSettings(config) }, request, handler, await context.params)
  }
}

/** The JSON body of a request, or null when it is not JSON. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
  const body: unknown = await request.json().catch(() => null)
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
}
