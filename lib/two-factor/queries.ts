import type { Db, Tx } from '@/lib/db/client'

/** The tenant's requirement and how many of its active people have a second factor. */
export async function twoFactorAdoption(db: Db | Tx, tenantId: string) {
  const [tenant, active, enrolled] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { requireTwoFactor: true } }),
    db.tenantMembership.count({ where: { tenantId, status: 'ACTIVE' } }),
    db.tenantMembership.count({ where: { tenantId, status: 'ACTIVE', user: { twoFactor: { confirmedAt: { not: null } } } } }),
  ])
  return { required: tenant.requireTwoFactor, active, enrolled }
}

/** Whether a person has confirmed a second factor. */
export async function hasTwoFactor(db: Db | Tx, userId: string): Promise<boolean> {
  return (await db.twoFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0
}

/** Whether a tenant the person is active in requires two-factor authentication. */
export async function requiredByATenant(db: Db | Tx, userId: string): Promise<boolean> {
  return (await db.tenantMembership.count({ where: { userId, status: 'ACTIVE', tenant: { requireTwoFactor: true } } })) > 0
}
