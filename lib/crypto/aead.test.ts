import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DecryptionError, open, seal } from './aead'

const key = randomBytes(32)
const secret = Buffer.from('sk-live-0123456789abcdef')
const aad = 'provider-credential:tenant-a:credential-1'

describe('seal and open (AES-256-GCM)', () => {
  it('opens what it sealed, and seals the same value differently each time (a fresh nonce)', () => {
    const first = seal(key, secret, aad)
    const second = seal(key, secret, aad)
    expect(open(key, first, aad).equals(secret)).toBe(true)
    expect(first.equals(second)).toBe(false)
    expect(first.includes(secret)).toBe(false)
  })

  it('refuses a value copied onto another record (other AAD), another key, a changed byte or a value cut short', () => {
    const sealed = seal(key, secret, aad)
    expect(() => open(key, sealed, 'provider-credential:tenant-b:credential-1')).toThrow(DecryptionError)
    expect(() => open(randomBytes(32), sealed, aad)).toThrow(DecryptionError)
    const flipped = Buffer.from(sealed)
    const last = flipped.length - 1
    flipped.writeUInt8(flipped.readUInt8(last) ^ 1, last)
    expect(() => open(key, flipped, aad)).toThrow(DecryptionError)
    expect(() => open(key, sealed.subarray(0, 20), aad)).toThrow(DecryptionError)
  })
})
