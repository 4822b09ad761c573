import type { Db } from '@/lib/db/client'
import { fieldDiff } from '@/lib/resources/diff'
import { specName } from '@/lib/resources/kinds'

const people = { author: { select: { name: true } }, appliedBy: { select: { name: true } } } as const

/** Releases into an environment, newest first: its history (applied, numbered) and what is open. */
export async function releasesInto(db: Db, environmentId: string) {
  return db.release.findMany({
    where: { targetEnvironmentId: environmentId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { ...people, source: { select: { name: true, slug: true } }, _count: { select: { items: true, approvals: true } } },
    take: 100,
  })
}

/** One release of a workspace with its frozen changes (each with its field diff); its approvals are approvalTally's (./reviewers.ts). */
export async function releaseDetail(db: Db, workspaceId: string, releaseId: string) {
  const release = await db.release.findFirst({
    where: { id: releaseId, workspaceId },
    include: {
      ...people,
      source: true,
      target: true,
      rollbackOf: { select: { number: true, title: true } },
      items: { orderBy: [{ kind: 'asc' }, { key: 'asc' }] },
    },
  })
  if (!release) return null
  const items = release.items.map((item) => ({
    ...item,
    name: specName(item.spec ?? item.baseSpec),
    changes: fieldDiff(item.kind, item.baseSpec, item.spec),
  }))
  return { ...release, items }
}
