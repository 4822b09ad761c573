import { createHash, randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'
import bs58 from 'bs58'

/**
 * API keys look like `atr_` + base58 of 160 random bits + a 6-character CRC-32 checksum:
 * the prefix lets secret scanners recognise a leaked key, and the checksum refuses a
 * mistyped or truncated one without a database lookup. Only the SHA-256 is stored.
 */
export const API_KEY_PREFIX = 'atr_'
const RANDOM_BYTES = 20
const CHECKSUM_CHARS = 6
/** Base58 of 160 bits is at most 28 characters; shorter encodings are padded with '1' (base58's zero), so every key has one length. */
const BODY_CHARS = 28
const SHAPE = /^atr_[1-9A-HJ-NP-Za-km-z]{34}$/

function checksumOf(body: string): string {
  const sum = Buffer.alloc(4)
  sum.writeUInt32BE(crc32(API_KEY_PREFIX + body))
  return bs58.encode(sum).padStart(CHECKSUM_CHARS, '1')
}

export function newApiKey(): string {
  const body = bs58.encode(randomBytes(RANDOM_BYTES)).padStart(BODY_CHARS, '1')
  return `${API_KEY_PREFIX}${body}${checksumOf(body)}`
}

/** Shaped like a key, with a checksum that matches. */
export function isWellFormedApiKey(value: string): boolean {
  if (!SHAPE.test(value)) return false
  const rest = value.slice(API_KEY_PREFIX.length)
  return checksumOf(rest.slice(0, -CHECKSUM_CHARS)) === rest.slice(-CHECKSUM_CHARS)
}

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex')

/** What lists show: "atr_3xQ9ab12". */
export const startOf = (key: string) => key.slice(0, API_KEY_PREFIX.length + 8)
