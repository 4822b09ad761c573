import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for an AI provider's API on loopback (tests never call a real provider):
 * GET …/models answers 200 with two models for the accepted key, and 401 in the
 * provider's own error shape, naming the key it was sent, for any other.
 */
export async function startFakeProvider(acceptedKey: () => string) {
  const requests: { url: string; authorization: string | undefined }[] = []
  const server = http.createServer((request, response) => {
    const authorization = request.headers.authorization
    requests.push({ url: request.url ?? '', authorization })
    response.setHeader('content-type', 'application/json')
    if (!request.url?.endsWith('/models')) {
      response.writeHead(404).end(JSON.stringify({ error: { message: 'Not found' } }))
    } else if (authorization === `Bearer ${acceptedKey()}`) {
      response.writeHead(200).end(JSON.stringify({ data: [{ id: 'fake-large' }, { id: 'fake-small' }] }))
    } else {
      const sent = authorization?.replace(/^Bearer /, '') ?? ''
      response.writeHead(401).end(JSON.stringify({ error: { message: `Incorrect API key provided: ${sent}.` } }))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
