import { isIP } from 'node:net'

/**
 * Where a request came from, decided once by Atrium's server (scripts/server.ts) from the
 * socket and TRUST_PROXY_HOPS, and handed to the app in this header. The server always
 * overwrites it, so a client cannot choose what the audit log records.
 */
export const CLIENT_ADDRESS_HEADER = 'x-atrium-client-address'

/** Set by Atrium's server in its own process: the header above can be believed. */
export const CLIENT_ADDRESS_TRUSTED_ENV = 'ATRIUM_CLIENT_ADDRESS_FROM_SERVER'

function normalise(address: string | undefined): string | null {
  const value = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  return value && isIP(value) ? value : null
}

/**
 * The client's address: with no trusted proxy, the socket's peer; behind `trustedHops`
 * proxies, the address the outermost trusted proxy saw, read from the right-hand end of
 * X-Forwarded-For (entries to its left were written by the client and prove nothing).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string | null {
  if (trustedHops <= 0) return normalise(socketAddress)
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').filter((part) => part.trim())
  const chain = [...forwarded, socketAddress ?? '']
  return normalise(chain[Math.max(0, chain.length - 1 - trustedHops)])
}

export interface RequestMeta {
  ip: string | null
  userAgent: string | null
}

/** What the audit log records about a request: its client address (as decided above) and user agent. */
export function metaFromHeaders(headers: Headers | undefined): RequestMeta {
  const trusted = process.env[CLIENT_ADDRESS_TRUSTED_ENV] === '1'
  return {
    ip: trusted ? normalise(headers?.get(CLIENT_ADDRESS_HEADER) ?? undefined) : null,
    userAgent: headers?.get('user-agent')?.slice(0, 512) ?? null,
  }
}
