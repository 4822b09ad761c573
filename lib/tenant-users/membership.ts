import { withScope } from '@/lib/db/scope'
import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { TENANT_ADMIN } from '@/lib/authz/roles'
import type { Tx } from '@/lib/db/client'
import { endSessionsOf } from '@/lib/sessions/service'

/**
 * A tenant's people, as the actions in ./actions share them. Everything here acts on the
 * person's membership in the acting tenant only: their account, their other tenants and
 * their sessions there are never touched. Nobody changes themselves, and a tenant keeps at
 * least one active tenant admin, counted among this tenant's memberships under the tenant
 * lock the wrapper holds.
 */

/** The person's membership of this tenant, with their account; "not a user of this tenant" otherwise. */
export async function tenantMembershipOf(tx: Tx, tenantId: string, userId: string) {
  const membership = await tx.tenantMembership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    include: { user: { select: { id: true, email: true, isPlatformAdmin: true } } },
  })
  return membership ?? refuse('NOT_FOUND', 'This person is not a user of this tenant.')
}

/** Whether the tenant has an active tenant admin (with an active account) besides this person. */
export async function hasAnotherActiveTenantAdmin(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const others = await tx.tenantMembership.count({
    where: { tenantId, role: TENANT_ADMIN, status: 'ACTIVE', userId: { not: userId }, user: { status: 'ACTIVE' } },
  })
  return others > 0
}

/** Refuses a change that would leave the tenant without an active tenant admin. */
export async function keepAnActiveTenantAdmin(tx: Tx, tenantId: string, losingUserId: string) {
  if (!(await hasAnotherActiveTenantAdmin(tx, tenantId, losingUserId))) refuse('LAST_TENANT_ADMIN')
}

/** Nobody changes their own role, status or membership here. */
export function refuseSelf(scope: ActionScope<{ userId: string }>) {
  if (scope.input.userId === scope.actor.userId) refuse('SELF_CHANGE')
}

/**
 * A person this tenant was the last one open to has nowhere left to go: their sessions end
 * now. Someone still active in another tenant keeps theirs (that tenant is not this admin's
 * to close; the request context already keeps them out of this one).
 */
export async function endSessionsIfNowhereLeft(tx: Tx, scope: ActionScope<unknown>, user: { id: string; isPlatformAdmin: boolean }) {
  if (user.isPlatformAdmin) return 0
  // Whether another tenant is open to them spans tenants: the person's own path, 'session'.
  const elsewhere = await withScope({ acrossTenants: 'session' }, () =>
    tx.tenantMembership.count({ where: { userId: user.id, status: 'ACTIVE', tenantId: { not: scope.tenantId } } }),
  )
  return elsewhere > 0 ? 0 : endSessionsOf(tx, user.id, 'accessEnded')
}
