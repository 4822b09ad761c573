import { z } from 'zod'
import type { Db } from '@/lib/db/client'
import { hasTwoFactor } from '@/lib/two-factor/queries'
import { burnPasswordCheck, verifyPassword } from './password'

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
})

export type Authentication =
  { ok: true; user: { id: string; email: string; name: string; hasTwoFactor: boolean } } | { ok: false; reason: 'invalid' | 'disabled' }

/**
 * Checks an email and password. Unknown email and wrong password answer alike (and take
 * as long); a disabled account (or a person disabled in every tenant they belong to) is
 * named only to someone who knows its password.
 */
export async function authenticate(db: Db, raw: unknown): Promise<Authentication> {
  const parsed = credentialsInput.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email, password } = parsed.data
  // The same one read for a known and an unknown address: what else the account holds is read only after its password.
  const user = await db.user.findUnique({ where: { email } })
  if (!user) {
    await burnPasswordCheck(password)
    return { ok: false, reason: 'invalid' }
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'invalid' }
  // A person disabled in every tenant they belong to has nowhere to go: say so, as for a disabled account.
  // Someone in no organisation at all signs in, to make one or to wait for an invitation.
  const disabledEverywhere =
    !user.isPlatformAdmin &&
    (await db.tenantMembership.count({ where: { userId: user.id } })) > 0 &&
    (await db.tenantMembership.count({ where: { userId: user.id, status: 'ACTIVE' } })) === 0
  if (user.status !== 'ACTIVE' || disabledEverywhere) return { ok: false, reason: 'disabled' }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, hasTwoFactor: await hasTwoFactor(db, user.id) } }
}
