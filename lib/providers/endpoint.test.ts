import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkCredential } from './check'
import { baseUrlProblem, isLocalAddress } from './endpoint'

describe('addresses the server may call', () => {
  it('knows every local, private and special range, in every spelling', () => {
    for (const local of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '198.18.0.1',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fec0::1',
      'ff02::1',
      '::ffff:7f00:1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::a9fe:a9fe',
      '2002:7f00:1::',
      '::7f00:1',
    ]) {
      expect(isLocalAddress(local), local).toBe(true)
    }
    for (const public_ of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001::200e'])
      expect(isLocalAddress(public_), public_).toBe(false)
  })

  it('refuses local addresses typed into the form where they are not allowed', () => {
    for (const url of [
      'https://[::ffff:127.0.0.1]:8443/v1',
      'https://2130706433/v1',
      'https://0x7f.1/v1',
      'https://[fd00::1]/v1',
      'https://metadata.internal/v1',
    ]) {
      expect(baseUrlProblem(url, false), url).toMatch(/local or private network/)
    }
    expect(baseUrlProblem('https://api.example.com/v1', false)).toBeNull()
    expect(baseUrlProblem('http://127.0.0.1:11434/v1', true)).toBeNull()
  })
})

describe('Test connection against a local address', () => {
  let server: http.Server
  let port = 0
  const hits: string[] = []
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      hits.push(request.url ?? '')
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('never connects where local addresses are not allowed: a name resolving to one, or a mapped IPv6 literal', async () => {
    for (const baseUrl of [`http://localhost:${port}/v1`, `http://[::ffff:127.0.0.1]:${port}/v1`, `http://127.0.0.1:${port}/v1`]) {
      const outcome = await checkCredential({ provider: 'openai_compatible', baseUrl, secret: 'sk-test-0123456789' }, false)
      expect(outcome, baseUrl).toEqual({
        verified: false,
        message: 'This address is on a local or private network, which this server does not call.',
      })
    }
    expect(hits).toEqual([])
    expect(
      await checkCredential({ provider: 'openai_compatible', baseUrl: `http://localhost:${port}/v1`, secret: 'sk-test-0123456789' }, true),
    ).toEqual({
      verified: true,
      message: 'The provider accepted the key; it lists 0 models.',
    })
    expect(hits).toEqual(['/v1/models'])
  })
})
