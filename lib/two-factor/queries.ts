import type { Db } from '@/lib/db/client'

/** The tenant's requirement and how many of its active people have a second factor. */
export async function twoFactorAdoption(db: Db, tenantId: string) {
  const [tenant, active, enrolled] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { requireTwoFactor: true } }),
    db.tenantMembership.count({ where: { tenantId, status: 'ACTIVE' } }),
    db.tenantMembership.count({ where: { tenantId, status: 'ACTIVE', user: { twoFactor: { confirmedAt: { not: null } } } } }),
  ])
  return { required: tenant.requireTwoFactor, active, enrolled }
}
