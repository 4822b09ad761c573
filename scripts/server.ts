/**
 * Atrium's HTTP server: Next.js in this process, behind one step of our own. Next.js
 * keeps a client-sent X-Forwarded-For as it is, so the app could not tell the socket's
 * address from one a client wrote. Here every request gets the client address decided
 * from the socket and TRUST_PROXY_HOPS (lib/http/client-address.ts), in a header this
 * server always overwrites. `npm start` runs it; so do the end-to-end tests.
 *   PORT=3000 tsx scripts/server.ts
 */
import http from 'node:http'
import next from 'next'
import { getConfig } from '@/lib/config'
import { projectRoot } from '@/lib/db/migrations/runner'
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_TRUSTED_ENV, resolveClientAddress } from '@/lib/http/client-address'

const config = getConfig()
process.env[CLIENT_ADDRESS_TRUSTED_ENV] = '1'

const app = next({ dev: false, dir: projectRoot, port: config.port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] =
    resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], config.trustProxyHops) ?? ''
  void handle(request, response)
})
server.listen(config.port, () => console.log(`Atrium server listening on port ${config.port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
