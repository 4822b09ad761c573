import type { NextConfig } from 'next'
import { STATIC_SECURITY_HEADERS } from './lib/http/security-headers'

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder;
  // argon2 is a native addon. Neither can be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2'],
  poweredByHeader: false,
  // Every page load has its <title> in <head> from the first byte, for every browser: streamed
  // metadata left a loaded page without a title for a moment (screen readers announce it on
  // load). Titles need at most the cached request context, so nothing waits long. Client-side
  // navigations still stream the new title just after the content.
  htmlLimitedBots: /.*/,
  // The Content-Security-Policy (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }]
  },
}

export default nextConfig
