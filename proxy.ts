import { NextResponse, type NextRequest } from 'next/server'

// Routing only, not a security boundary: every page and action authorises on its own
// (ARCHITECTURE §3). Signed-out visitors go to the sign-in page.
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name))
  if (hasSession) return NextResponse.next()
  const login = new URL('/login', request.url)
  if (request.nextUrl.pathname !== '/') login.searchParams.set('next', request.nextUrl.pathname)
  return NextResponse.redirect(login)
}

export const config = {
  matcher: ['/((?!login|invitations/|api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)'],
}
