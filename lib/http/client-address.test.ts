import { afterEach, describe, expect, it } from 'vitest'
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_TRUSTED_ENV, metaFromHeaders, resolveClientAddress } from './client-address'

describe('the client address the audit log records', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(resolveClientAddress('198.51.100.4', '203.0.113.66', 0)).toBe('198.51.100.4')
    expect(resolveClientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1')
    expect(resolveClientAddress('::1', ['1.2.3.4', '5.6.7.8'], 0)).toBe('::1')
  })

  it('behind N trusted proxies, is the address the outermost one saw: the Nth entry from the right', () => {
    // client → proxy A (adds client) → proxy B (adds A) → Atrium (socket: B)
    expect(resolveClientAddress('10.0.0.2', '203.0.113.66, 10.0.0.1', 2)).toBe('203.0.113.66')
    // A client-written entry on the left is not believed.
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.66, 10.0.0.1', 2)).toBe('203.0.113.66')
    expect(resolveClientAddress('10.0.0.1', '203.0.113.66', 1)).toBe('203.0.113.66')
    // Fewer hops than configured: the leftmost address there is.
    expect(resolveClientAddress('10.0.0.1', '203.0.113.66', 5)).toBe('203.0.113.66')
    expect(resolveClientAddress('10.0.0.1', 'not-an-address', 1)).toBeNull()
  })

  describe('metaFromHeaders', () => {
    afterEach(() => {
      delete process.env[CLIENT_ADDRESS_TRUSTED_ENV]
    })

    it("believes only Atrium's own server's header, never X-Forwarded-For or X-Real-IP", () => {
      const headers = new Headers({
        'x-forwarded-for': '203.0.113.66',
        'x-real-ip': '203.0.113.67',
        [CLIENT_ADDRESS_HEADER]: '198.51.100.4',
        'user-agent': 'test',
      })
      expect(metaFromHeaders(headers)).toEqual({ ip: null, userAgent: 'test' })
      process.env[CLIENT_ADDRESS_TRUSTED_ENV] = '1'
      expect(metaFromHeaders(headers)).toEqual({ ip: '198.51.100.4', userAgent: 'test' })
      expect(metaFromHeaders(new Headers({ [CLIENT_ADDRESS_HEADER]: 'junk' }))).toEqual({ ip: null, userAgent: null })
    })
  })
})
