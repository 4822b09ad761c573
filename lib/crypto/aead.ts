import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * AES-256-GCM with a random 96-bit nonce per value and additional authenticated data
 * that names what the value belongs to: a sealed value copied onto another row (another
 * AAD) fails to open. Layout: nonce (12) ‖ tag (16) ‖ ciphertext.
 */
const NONCE_BYTES = 12
const TAG_BYTES = 16
export const KEY_BYTES = 32

export class DecryptionError extends Error {
  override name = 'DecryptionError'
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('An AES-256 key is 32 bytes.')
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([nonce, cipher.getAuthTag(), ciphertext])
}

export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError('The sealed value is too short.')
  const nonce = sealed.subarray(0, NONCE_BYTES)
  const tag = sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES)
  // authTagLength pins the tag to 16 bytes: a truncated tag is refused, not checked on fewer bits.
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES })
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()])
  } catch {
    throw new DecryptionError('The value does not open with this key for this record.')
  }
}
