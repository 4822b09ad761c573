import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { getConfig } from '@/lib/config'
import { getDb } from '@/lib/db/client'
import type { AtriumToken } from './claims'
import { authenticate } from './credentials'
import { metaFromHeaders, recordSessionEvent } from './session-audit'
import { refreshToken } from './token'

export class AccountDisabled extends CredentialsSignin {
  override code = 'disabled'
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
        const result = await authenticate(getDb(), raw)
        const meta = metaFromHeaders(request?.headers)
        const userId = result.ok ? result.user.id : result.userId
        if (userId) {
          const event = result.ok ? 'session.signedIn' : 'session.signInFailed'
          await recordSessionEvent(getDb(), getConfig().auditKey, event, userId, meta, { reason: result.ok ? undefined : result.reason })
        }
        if (!result.ok) throw result.reason === 'disabled' ? new AccountDisabled() : new CredentialsSignin()
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      return refreshToken(getDb(), token as typeof token & AtriumToken, { user: user as { id?: string; sessionVersion?: number }, trigger, session })
    },
    session({ session, token }) {
      const claims = token as typeof token & AtriumToken
      return Object.assign(session, {
        claims: { sub: claims.sub, tenantId: claims.tenantId, workspaceId: claims.workspaceId, sessionVersion: claims.sessionVersion },
      })
    },
  },
}))
