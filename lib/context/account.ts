import type { AccountActor } from '@/lib/authz/permissions'
import type { RequestContext } from './resolve'

/** The signed-in person as themselves (account-level decisions: may they create an organisation). */
export function accountOf(ctx: Pick<RequestContext, 'user'>): AccountActor {
  return {
    userId: ctx.user.id,
    isPlatformAdmin: ctx.user.isPlatformAdmin,
    emailVerified: ctx.user.emailVerified,
    hasTwoFactor: ctx.user.hasTwoFactor,
  }
}
