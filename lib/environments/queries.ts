import type { Db } from '@/lib/db/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { OPEN_RELEASE_STATUSES } from '@/lib/releases/status'

/** A workspace's environments in order, with how many live agents and policies each holds and open releases into it. */
export async function workspaceEnvironments(db: Db, workspaceId: string) {
  const [environments, counts, open] = await Promise.all([
    db.environment.findMany({ where: { workspaceId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    db.resource.groupBy({ by: ['environmentId', 'kind'], where: { workspaceId, deletedAt: null }, _count: { _all: true } }),
    db.release.groupBy({
      by: ['targetEnvironmentId'],
      where: { workspaceId, status: { in: [...OPEN_RELEASE_STATUSES] } },
      _count: { _all: true },
    }),
  ])
  const byId = new Map(environments.map((environment) => [environment.id, environment]))
  return environments.map((environment) => {
    const count = (kind: ResourceKind) => counts.find((row) => row.environmentId === environment.id && row.kind === kind)?._count._all ?? 0
    return {
      ...environment,
      releasesTo: environment.releasesToId ? (byId.get(environment.releasesToId) ?? null) : null,
      agents: count('agent'),
      policies: count('policy'),
      openReleases: open.find((row) => row.targetEnvironmentId === environment.id)?._count._all ?? 0,
    }
  })
}

export type EnvironmentSummary = Awaited<ReturnType<typeof workspaceEnvironments>>[number]

/** An environment's live resources, by kind then key. */
export async function environmentResources(db: Db, environmentId: string) {
  return db.resource.findMany({
    where: { environmentId, deletedAt: null },
    orderBy: [{ kind: 'asc' }, { key: 'asc' }],
    include: { updatedBy: { select: { name: true } } },
  })
}

/** One resource with every revision, newest first, and who wrote each. */
export async function resourceHistory(db: Db, environmentId: string, kind: ResourceKind, key: string) {
  return db.resource.findUnique({
    where: { environmentId_kind_key: { environmentId, kind, key } },
    include: { revisions: { orderBy: { number: 'desc' }, include: { author: { select: { name: true } } } } },
  })
}
