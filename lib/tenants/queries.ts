import { authorizeAccount, type AccountActor, type AccountDecision } from '@/lib/authz/permissions'
import type { Db } from '@/lib/db/client'
import { readInstanceRules } from '@/lib/db/instance'

/** What the organisation's settings page shows: its names, when it began, and what it holds. */
export async function organisationFacts(db: Db, tenantId: string) {
  const [tenant, workspaces, people] = await Promise.all([
    db.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { name: true, slug: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    db.workspace.groupBy({ by: ['status'], where: { tenantId }, _count: { _all: true } }),
    db.tenantMembership.count({ where: { tenantId, status: 'ACTIVE' } }),
  ])
  const count = (status: string) => workspaces.find((group) => group.status === status)?._count._all ?? 0
  return { ...tenant, activeWorkspaces: count('ACTIVE'), archivedWorkspaces: count('ARCHIVED'), people }
}

/** Whether the person may create an organisation on this instance: lib/authz decides, on the instance's rules. */
export async function organisationCreationFor(db: Db, account: AccountActor): Promise<AccountDecision> {
  return authorizeAccount(account, 'organisation.create', await readInstanceRules(db))
}
