import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, HSTS } from '@/lib/http/security-headers'

// The public API authenticates every request with its own key (lib/public-api), never a session cookie.
const PUBLIC_PATHS =
  /^\/(login|setup$|sign-up$|verify-email\/|forgot-password$|reset-password\/|invitations\/|api\/auth\/|api\/health$|api\/v1\/)/

/**
 * Runs before every page and route (static files aside). It routes, and it is not a
 * security boundary: every page and action authorises on its own. It does two things:
 * gives the response its Content-Security-Policy with a fresh nonce (set on the request
 * too, where Next.js reads it for its own scripts), and sends signed-out visitors of the
 * console to the sign-in page.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' })

  const hasSession = request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name))
  let response: NextResponse
  if (hasSession || PUBLIC_PATHS.test(request.nextUrl.pathname)) {
    const headers = new Headers(request.headers)
    headers.set('x-nonce', nonce)
    headers.set('Content-Security-Policy', policy)
    response = NextResponse.next({ request: { headers } })
  } else {
    const login = new URL('/login', request.url)
    if (request.nextUrl.pathname !== '/') login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search)
    response = NextResponse.redirect(login)
  }
  response.headers.set('Content-Security-Policy', policy)
  if (request.nextUrl.protocol === 'https:') response.headers.set(HSTS.key, HSTS.value)
  return response
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
}
