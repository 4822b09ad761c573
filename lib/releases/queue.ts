import { canAnywhere, workspacesHolding, type Actor } from '@/lib/authz/permissions'
import { approvalRefusal } from '@/lib/authz/reviewers'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ReleaseStatus } from '@/lib/generated/prisma/enums'
import { releasePath } from '@/lib/environments/paths'
import { formatDuration } from '@/lib/format/duration'
import { changeCounts } from './change-summary'
import { OPEN_RELEASE_STATUSES } from './status'

/** At most this many rows of each list: the oldest waiting first, one's own newest first. */
const QUEUE_LIMIT = 50

const row = {
  id: true,
  title: true,
  status: true,
  authorId: true,
  workspaceId: true,
  submittedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  items: { select: { change: true } },
  target: {
    select: {
      tenantId: true,
      workspaceId: true,
      slug: true,
      name: true,
      isProtected: true,
      reviewers: true,
      allowSelfApproval: true,
      workspace: { select: { name: true } },
    },
  },
} as const

/** One release in a queue, as a row: where it goes, who wrote it, since when, what it changes. */
export interface QueuedRelease {
  id: string
  title: string
  href: string
  status: ReleaseStatus
  /** The workspace's name. */
  workspace: string
  target: string
  targetProtected: boolean
  author: string
  /** When it was submitted (or last changed, for a draft), and how long ago: "3 hours". */
  since: Date
  age: string
  /** "3 changed, 1 new". */
  changes: string
  /** What it waits for from the reader: approving, or applying once approved. */
  next: 'approve' | 'apply' | null
}

type Row = Awaited<ReturnType<typeof openReleases>>[number]

/** Open releases of the active workspaces the reader may read. */
function openReleases(db: Db, actor: Actor, where: Prisma.ReleaseWhereInput, orderBy: Prisma.ReleaseOrderByWithRelationInput[]) {
  const readable = workspacesHolding(actor, 'workspace.read')
  return db.release.findMany({
    where: {
      ...where,
      tenantId: actor.tenantId,
      workspaceId: readable === 'all' ? undefined : { in: readable },
      target: { workspace: { status: 'ACTIVE' } },
    },
    orderBy,
    take: QUEUE_LIMIT * 4,
    select: row,
  })
}

const asRow = (release: Row, next: QueuedRelease['next']): QueuedRelease => ({
  id: release.id,
  title: release.title,
  href: releasePath(release.workspaceId, release.target.slug, release.id),
  status: release.status,
  workspace: release.target.workspace.name,
  target: release.target.name,
  targetProtected: release.target.isProtected,
  author: release.author?.name ?? 'a former user',
  since: release.submittedAt ?? release.updatedAt,
  age: formatDuration(Math.max(0, Date.now() - (release.submittedAt ?? release.updatedAt).getTime())),
  changes: changeCounts(release.items),
  next,
})

/**
 * "Waiting for your review": submitted releases of the organisation this person may approve
 * now (the target's review rule, never their own unless the target allows it; the same rule
 * approving checks) and has not approved yet, or may apply now that they are approved;
 * oldest first.
 */
export async function waitingForReview(db: Db, actor: Actor): Promise<QueuedRelease[]> {
  const waiting: Prisma.ReleaseWhereInput = {
    OR: [{ status: 'approved' }, { status: 'in_review', approvals: { none: { reviewerId: actor.userId } } }],
    // Never one's own, unless the target lets authors approve theirs.
    NOT: { authorId: actor.userId, target: { allowSelfApproval: false } },
  }
  const open = await openReleases(db, actor, waiting, [{ submittedAt: 'asc' }, { id: 'asc' }])
  // The review rule (workspace admins, or tenant admins only) is lib/authz's, asked per release.
  return open
    .filter((release) => approvalRefusal(actor, release, release.target) === null)
    .slice(0, QUEUE_LIMIT)
    .map((release) => asRow(release, release.status === 'approved' ? 'apply' : 'approve'))
}

/** "Your releases": the person's open releases (draft, in review, approved, stale), newest first. */
export async function ownOpenReleases(db: Db, actor: Actor): Promise<QueuedRelease[]> {
  const open = await openReleases(db, actor, { authorId: actor.userId, status: { in: [...OPEN_RELEASE_STATUSES] } }, [
    { updatedAt: 'desc' },
    { id: 'desc' },
  ])
  return open.slice(0, QUEUE_LIMIT).map((release) => asRow(release, null))
}

/**
 * Both queues for the reviews page and the overview, each read only for someone who may
 * review (or propose) somewhere in the organisation.
 */
export async function releaseQueuesOf(db: Db, actor: Actor) {
  const reviews = canAnywhere(actor, 'releases.review')
  const proposes = canAnywhere(actor, 'releases.propose')
  const [waiting, own] = await Promise.all([reviews ? waitingForReview(db, actor) : [], proposes ? ownOpenReleases(db, actor) : []])
  return { waiting, own, reviews, proposes }
}
