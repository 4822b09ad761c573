import type { NextConfig } from 'next'
import { STATIC_SECURITY_HEADERS } from './lib/http/security-headers'

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder;
  // argon2 is a native addon. Neither can be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2'],
  poweredByHeader: false,
  // Every page's <title> in <head> from the first byte, for every browser: streamed metadata
  // left a page without a title for a moment (screen readers announce it on load, and the tab
  // shows the address). Titles need at most the cached request context, so nothing waits long.
  htmlLimitedBots: /.*/,
  // The Content-Security-Policy (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }]
  },
}

export default nextConfig
