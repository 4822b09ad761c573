import { lookup as resolve, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import type { AiProvider } from '@/lib/generated/prisma/enums'
import { isLocalAddress } from './endpoint'
import { modelsRequest } from './models-request'

export type CheckOutcome = { verified: boolean; message: string }

const TIMEOUT_MS = 8_000
const MAX_BODY_BYTES = 1_000_000
const MAX_MESSAGE = 300
const LOCAL_REFUSED = 'This address is on a local or private network, which this server does not call.'

class LocalAddressError extends Error {}
class TimeoutError extends Error {}

/**
 * Resolves a name like dns.lookup, but refuses local and private addresses unless they are
 * allowed: the check applies to the very addresses the socket connects to, so a name that
 * resolves differently on a second lookup (DNS rebinding) gains nothing.
 */
function guardedLookup(allowLocal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      if (!allowLocal && addresses.some(({ address }) => isLocalAddress(address))) return callback(new LocalAddressError(), '', 0)
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

/** GET with no redirects, an 8 s deadline and at most 1 MB of answer; the body parsed as JSON when it is. */
function getJson(url: string, headers: Record<string, string>, allowLocal: boolean): Promise<{ status: number; body: unknown }> {
  const target = new URL(url)
  const host = target.hostname.replace(/^\[|\]$/g, '')
  // A literal address is connected to without a lookup: check it here.
  if (isIP(host) && !allowLocal && isLocalAddress(host)) return Promise.reject(new LocalAddressError())
  const client = target.protocol === 'https:' ? https : http
  return new Promise((done, fail) => {
    const request = client.request(
      target,
      { method: 'GET', headers: { accept: 'application/json', ...headers }, lookup: guardedLookup(allowLocal) },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_BODY_BYTES) request.destroy(new Error('The answer is too large.'))
          else chunks.push(chunk)
        })
        response.on('end', () => {
          clearTimeout(deadline)
          let body: unknown = null
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            // Not JSON: the status alone tells.
          }
          done({ status: response.statusCode ?? 0, body })
        })
        response.on('error', fail)
      },
    )
    const deadline = setTimeout(() => request.destroy(new TimeoutError()), TIMEOUT_MS)
    request.on('error', (error) => {
      clearTimeout(deadline)
      fail(error)
    })
    request.end()
  })
}

/** The provider's own words for a refusal ({error: {message}} or {error: "…"} or {message}), else the HTTP status. */
function providerMessage(status: number, body: unknown): string {
  const record = (body ?? {}) as { error?: { message?: unknown } | string; message?: unknown }
  const message =
    typeof record.error === 'string' ? record.error : typeof record.error?.message === 'string' ? record.error.message : record.message
  return typeof message === 'string' && message.trim() ? `${status}: ${message.trim()}` : `The provider answered ${status}.`
}

/**
 * Asks the provider to list its models with the key (docs/architecture.md §11). Never
 * follows a redirect (the key would go along), never connects to a local or private
 * address unless allowed, gives up after 8 s, and keeps nothing of the answer but a short
 * message with the key taken out of it.
 */
export async function checkCredential(
  credential: { provider: AiProvider; baseUrl: string | null; secret: string },
  allowLocal: boolean,
): Promise<CheckOutcome> {
  const { url, headers } = modelsRequest(credential.provider, credential.baseUrl, credential.secret)
  const redact = (text: string) => text.replaceAll(credential.secret, '[key]').slice(0, MAX_MESSAGE)
  try {
    const { status, body } = await getJson(url, headers, allowLocal)
    if (status >= 200 && status < 300) {
      const record = body as { data?: unknown[]; models?: unknown[] } | null
      const models = record?.data ?? record?.models
      const count = Array.isArray(models) ? `; it lists ${models.length} model${models.length === 1 ? '' : 's'}` : ''
      return { verified: true, message: `The provider accepted the key${count}.` }
    }
    return { verified: false, message: redact(providerMessage(status, body)) }
  } catch (error) {
    if (error instanceof LocalAddressError) return { verified: false, message: LOCAL_REFUSED }
    if (error instanceof TimeoutError) return { verified: false, message: 'The provider did not answer within 8 seconds.' }
    return { verified: false, message: 'The provider could not be reached.' }
  }
}
