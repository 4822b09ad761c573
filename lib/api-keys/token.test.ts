import { describe, expect, it } from 'vitest'
import { hashApiKey, isWellFormedApiKey, newApiKey, startOf } from './token'

describe('API key format', () => {
  it('is atr_ + base58 + a checksum, different every time, recognised as well formed', () => {
    const keys = Array.from({ length: 2000 }, newApiKey)
    expect(new Set(keys).size).toBe(2000)
    for (const key of keys) {
      expect(key).toMatch(/^atr_[1-9A-HJ-NP-Za-km-z]{34}$/)
      expect(isWellFormedApiKey(key)).toBe(true)
    }
    expect(startOf(keys[0]!)).toBe(keys[0]!.slice(0, 12))
    expect(hashApiKey(keys[0]!)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a typo, a swapped pair, a cut key and other shapes without a lookup', () => {
    const key = newApiKey()
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
    const mistyped = [...key].map((c, i) => (i === 10 ? alphabet[(alphabet.indexOf(c) + 1) % 58] : c)).join('')
    const swapped = key.slice(0, 8) + key[9] + key[8] + key.slice(10)
    for (const wrong of [
      mistyped,
      swapped,
      key.slice(0, -1),
      `${key}1`,
      key.replace('atr_', 'atx_'),
      '',
      'Bearer',
      `atr_${'0'.repeat(33)}`,
    ]) {
      if (wrong === key) continue
      expect(isWellFormedApiKey(wrong), wrong).toBe(false)
    }
  })
})
