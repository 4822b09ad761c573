import { TENANT_ADMIN } from '@/lib/authz/roles'
import type { Db } from '@/lib/db/client'

/** Whom to ask for access: the tenant's administrators. */
export async function tenantAdministrators(db: Db, tenantId: string) {
  const admins = await db.tenantMembership.findMany({
    where: { tenantId, role: TENANT_ADMIN, status: 'ACTIVE', user: { status: 'ACTIVE' } },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  })
  return admins.map((admin) => admin.user)
}
