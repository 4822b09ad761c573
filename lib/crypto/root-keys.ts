import { randomBytes } from 'node:crypto'
import { KEY_BYTES } from './aead'

/** A root key: wraps the tenants' data keys. The newest version wraps; every version unwraps. */
export interface RootKey {
  version: number
  key: Buffer
}

export interface RootKeyRing {
  newest: RootKey
  byVersion: Map<number, RootKey>
}

const ENTRY = /^v([1-9]\d{0,5}):([A-Za-z0-9_-]+)$/

/** Too regular to be random: fewer distinct bytes than 32 random bytes would almost never have. */
const looksWeak = (key: Buffer) => new Set(key).size < 16

/**
 * Parses `ATRIUM_ENCRYPTION_KEYS`: comma-separated `v<version>:<32 bytes, base64url>`.
 * Returns the problem in words, or the ring.
 */
export function parseRootKeys(value: string): RootKeyRing | string {
  const entries = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'list at least one key, as v1:<32 random bytes in base64url>'
  const byVersion = new Map<number, RootKey>()
  for (const entry of entries) {
    const match = ENTRY.exec(entry)
    if (!match) return 'write each key as v<version>:<base64url>, e.g. v1:…'
    const version = Number(match[1])
    const key = Buffer.from(match[2]!, 'base64url')
    if (key.length !== KEY_BYTES) return `key v${version} must be ${KEY_BYTES} bytes (43 base64url characters), not ${key.length}`
    if (looksWeak(key)) return `key v${version} is too weak: generate it from a random source`
    if (byVersion.has(version)) return `key v${version} is listed twice`
    byVersion.set(version, { version, key })
  }
  const newest = [...byVersion.values()].reduce((a, b) => (b.version > a.version ? b : a))
  return { newest, byVersion }
}

/** A new root key entry, for the embedded data directory or an operator's environment. */
export const newRootKeyEntry = (version: number) => `v${version}:${randomBytes(KEY_BYTES).toString('base64url')}`
