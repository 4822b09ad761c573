import { actionSettings } from '@/lib/actions/define-action'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { headers } from 'next/headers'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { withScope } from '@/lib/db/scope'
import { metaFromHeaders } from '@/lib/http/client-address'
import type { AtriumToken } from './claims'
import { endSession, SESSION_LIFETIME_S, startSession } from '@/lib/sessions/service'
import { claimsFromToken } from './claims'
import { signInToLanding } from './session-audit'
import { redeemTicket } from './tickets'
import { refreshToken } from './token'

/** Signing in and out happens before a tenant is chosen: its named path across tenants. */
const SIGN_IN = { acrossTenants: 'sign-in' } as const

/** The current request's headers, or none outside a request. */
async function currentHeaders(): Promise<Headers | undefined> {
  try {
    return await headers()
  } catch {
    return undefined
  }
}

// Lazy configuration: nothing is read (secrets, database) until the first request,
// so `next build` touches neither.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: getConfig().authSecrets,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_S },
  pages: { signIn: '/login' },
  logger: {
    // A wrong password is an expected outcome, not a server error.
    error(error) {
      if (error.name !== 'CredentialsSignin' && !(error instanceof CredentialsSignin)) console.error('[auth]', error)
    },
  },
  providers: [
    // Only a ticket opens a session (lib/auth/sign-in.ts): the password, the limiter and the
    // second factor are checked before one is issued, so this endpoint called directly with
    // an email and password opens nothing.
    Credentials({
      credentials: { ticket: {} },
      authorize: (raw, request) =>
        withScope(SIGN_IN, async () => {
          const db = getDb()
          const userId = await redeemTicket(db, typeof raw?.ticket === 'string' ? raw.ticket : '')
          if (!userId) throw new CredentialsSignin()
          const meta = metaFromHeaders(request?.headers)
          const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } })
          const sessionId = await startSession(db, userId, meta)
          const landing = await signInToLanding(db, getConfig().auditKey, userId, meta)
          return { ...user, sessionId, ...landing }
        }),
    }),
  ],
  events: {
    // Auth.js's own sign-out endpoint ends the session record too (the console's button does it first).
    async signOut(message) {
      const claims = 'token' in message ? claimsFromToken(message.token) : null
      if (claims) await withScope(SIGN_IN, () => endSession(getDb(), claims.userId, claims.sessionId, 'signedOut'))
    },
  },
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      const meta = trigger === 'update' ? metaFromHeaders(await currentHeaders()) : { ip: null, userAgent: null }
      // Re-reading the person spans their tenants ('session'); a switch it runs is an action, in its own tenant.
      return withScope({ acrossTenants: 'session' }, () =>
        refreshToken(
          token as typeof token & AtriumToken,
          { user: user as Parameters<typeof refreshToken>[1]['user'], trigger, session },
          { db: getDb(), auditKey: getConfig().auditKey, meta, settings: actionSettings(getConfig()) },
        ),
      )
    },
    session({ session, token }) {
      const claims = token as typeof token & AtriumToken
      return Object.assign(session, {
        claims: { sub: claims.sub, tenantId: claims.tenantId, workspaceId: claims.workspaceId, sessionId: claims.sessionId },
      })
    },
  },
}))
