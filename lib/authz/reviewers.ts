import type { Environment } from '@/lib/generated/prisma/client'
import { can, type Actor } from './permissions'

/**
 * Whether an environment's review rule lets the actor review releases into it: "admins"
 * is everyone holding releases.review on the workspace, "tenant_admins" those holding it
 * across the tenant.
 */
export function reviewsInto(actor: Actor, environment: Pick<Environment, 'tenantId' | 'workspaceId' | 'reviewers'>): boolean {
  const tenantWide = { tenantId: environment.tenantId }
  const inWorkspace = { ...tenantWide, workspaceId: environment.workspaceId }
  return can(actor, 'releases.review', environment.reviewers === 'tenant_admins' ? tenantWide : inWorkspace)
}
