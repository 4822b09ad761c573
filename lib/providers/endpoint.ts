import { BlockList, isIP } from 'node:net'

/**
 * Where a tenant admin may make Atrium send a provider key. The server calls this address
 * ("Test connection"), so an address on the server's own network would let a tenant admin
 * probe it: unless local addresses are allowed (embedded mode, or
 * ATRIUM_ALLOW_LOCAL_PROVIDER_URLS=1), only public HTTPS addresses are accepted, checked
 * when saved, and again on the address each request actually connects to (check.ts).
 */

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|lan|home\.arpa)$/i

/**
 * Every range that is not the public internet. One list per family: Node checks an IPv4
 * address against IPv6 rules as IPv4-mapped, so ::ffff:0:0/96 in a shared list would match all of IPv4.
 */
const NOT_PUBLIC_V4 = new BlockList()
const NOT_PUBLIC_V6 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC_V4.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 96], // IPv4-compatible (deprecated)
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC_V6.addSubnet(network, prefix, 'ipv6')
}

/** Whether an IP address is anything but a public one (not an IP address at all counts as not public). */
export function isLocalAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return NOT_PUBLIC_V4.check(address, 'ipv4')
  if (family === 6) return NOT_PUBLIC_V6.check(address, 'ipv6')
  return true
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
