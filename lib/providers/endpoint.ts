import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

/**
 * Where a tenant admin may make Atrium send a provider key. The server calls this address
 * ("Test connection"), so an address on the server's own network would let a tenant admin
 * probe it: unless local addresses are allowed (embedded mode, or
 * ATRIUM_ALLOW_LOCAL_PROVIDER_URLS=1), only public HTTPS addresses are accepted, checked
 * when saved and again, resolved, before each request.
 */

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa)$/i

/** Loopback, private, link-local (cloud metadata), carrier-grade NAT, unspecified, unique-local IPv6. */
export function isLocalAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    )
  }
  const v6 = address.toLowerCase()
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6)
}

/** What is wrong with an address typed into the form, in words; null when it may be used. */
export function baseUrlProblem(value: string, allowLocal: boolean): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter the address as https://…'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Enter the address as https://…'
  if (url.username || url.password) return 'Leave the sign-in out of the address: the key goes in its own field.'
  if (url.search || url.hash) return 'Leave out ? and # parts: give the API’s base address.'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const local = LOCAL_NAMES.test(host) || (isIP(host) !== 0 && isLocalAddress(host))
  if (local && !allowLocal) return 'This address is on a local or private network, which this server does not call.'
  if (url.protocol === 'http:' && !local) return 'Use https:// so the key is never sent unencrypted.'
  return null
}

/** Refuses, before a request, a public-looking name that resolves to a local address. */
export async function resolvedAddressProblem(value: string, allowLocal: boolean): Promise<string | null> {
  if (allowLocal) return null
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => [])
  return addresses.some(({ address }) => isLocalAddress(address))
    ? 'This address resolves to a local or private network, which this server does not call.'
    : null
}
