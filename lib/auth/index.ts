import { actionSettings } from '@/lib/actions/define-action'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { headers } from 'next/headers'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import { metaFromHeaders } from '@/lib/http/client-address'
import type { AtriumToken } from './claims'
import { authenticate } from './credentials'
import { recordSessionEvent, signInToLanding } from './session-audit'
import { refreshToken } from './token'

export class AccountDisabled extends CredentialsSignin {
  override code = 'disabled'
}

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
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  logger: {
    // A wrong password is an expected outcome, not a server error.
    error(error) {
      if (error.name !== 'CredentialsSignin' && !(error instanceof CredentialsSignin)) console.error('[auth]', error)
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const db = getDb()
        const { auditKey } = getConfig()
        const result = await authenticate(db, raw)
        const meta = metaFromHeaders(request?.headers)
        if (!result.ok) {
          if (result.userId) await recordSessionEvent(db, auditKey, 'session.signInFailed', result.userId, meta, { reason: result.reason })
          throw result.reason === 'disabled' ? new AccountDisabled() : new CredentialsSignin()
        }
        const landing = await signInToLanding(db, auditKey, result.user.id, meta)
        return { ...result.user, ...landing }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      const meta = trigger === 'update' ? metaFromHeaders(await currentHeaders()) : { ip: null, userAgent: null }
      return refreshToken(
        token as typeof token & AtriumToken,
        { user: user as Parameters<typeof refreshToken>[1]['user'], trigger, session },
        { db: getDb(), auditKey: getConfig().auditKey, meta, settings: actionSettings(getConfig()) },
      )
    },
    session({ session, token }) {
      const claims = token as typeof token & AtriumToken
      return Object.assign(session, {
        claims: { sub: claims.sub, tenantId: claims.tenantId, workspaceId: claims.workspaceId, sessionVersion: claims.sessionVersion },
      })
    },
  },
}))
