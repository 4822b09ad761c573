import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { notFound } from 'next/navigation'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { ApprovalList, approvalCount } from '@/components/releases/approval-list'
import { ReleaseActions } from '@/components/releases/release-actions'
import { ReleaseStatusBadge } from '@/components/releases/badges'
import { ChangeCard } from '@/components/releases/change-card'
import { Card } from '@/components/ui/card'
import { FactRows } from '@/components/ui/fact-rows'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { formatDateTime } from '@/lib/format/date'
import { changeCounts } from '@/lib/releases/change-summary'
import { releaseControls } from '@/lib/releases/controls'
import { releaseDetail } from '@/lib/releases/queries'
import { approvalTally } from '@/lib/releases/reviewers'
import { OPEN_RELEASE_STATUSES } from '@/lib/releases/status'
import { reviewersOf } from '@/lib/environments/review-summary'
import { resourceLabel } from '@/lib/resources/kinds'
import { isEntityId } from '@/lib/validation'

type Params = { params: Promise<{ workspaceId: string; environment: string; releaseId: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'Release')
}

async function ReleasePage({ params }: Params) {
  const { workspaceId, environment: slug, releaseId } = await params
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { ctx, workspace, environment, may } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  if (!isEntityId(releaseId)) notFound()
  const db = at.ctx.db
  const release = await releaseDetail(db, workspace.id, releaseId)
  if (!release || release.targetEnvironmentId !== environment.id) notFound()
  // The count applying checks: an approval whose reviewer left or lost the role is shown, and does not count.
  const tally = await approvalTally(db, release, release.target)
  const myApproval = tally.approvals.find((approval) => approval.reviewerId === ctx.actor!.userId)
  const controls = releaseControls(ctx.actor!, release, release.target, may, Boolean(myApproval))
  const offered = Object.values(controls).some(Boolean)
  const counts = changeCounts(release.items)
  return (
    <div>
      <EnvironmentHeader
        at={at}
        page={release.number ? `Release #${release.number}` : 'Release'}
        title={release.title}
        readOnly={!offered}
      />
      <EnvironmentTabs at={at} current="releases" />
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <p className="text-sm font-medium text-slate-700">{counts || 'No change'}</p>
          {release.items.map((item) => (
            <ChangeCard
              key={item.id}
              item={{ ...item, proposed: item.spec }}
              before={`${release.target.name} when the release was drafted`}
              after="what the release writes (frozen)"
              removal={`Removed from ${release.target.name} when applied.`}
            />
          ))}
        </div>
        {/* First on a phone (its steps above the changes, clear of the toasts at the bottom), beside them on a wide screen. */}
        <Card title="Review" className="order-first h-fit lg:sticky lg:top-4 lg:order-last">
          {/* The steps first: above the facts, and clear of the toasts at the bottom of the screen. */}
          {offered && (
            <div className="mb-4 border-b border-slate-100 pb-4">
              <ReleaseActions
                workspaceId={workspace.id}
                release={{ id: release.id, title: release.title, notes: release.notes }}
                target={{ name: release.target.name, isProtected: release.target.isProtected }}
                changes={release.items.map((item) => ({ id: item.id, label: resourceLabel(item.kind, item.name), change: item.change }))}
                controls={controls}
                releasesHref={`${at.base}/releases`}
              />
            </div>
          )}
          {myApproval && OPEN_RELEASE_STATUSES.includes(release.status) && (
            <p className="mb-4 text-sm text-green-800">You approved this release, {formatDateTime(myApproval.createdAt)}.</p>
          )}
          <FactRows
            facts={[
              {
                term: 'Status',
                detail: <ReleaseStatusBadge status={release.status} />,
              },
              {
                term: release.rollbackOf ? 'Rolls back to' : 'From',
                detail: release.rollbackOf ? `#${release.rollbackOf.number} ${release.rollbackOf.title}` : release.source.name,
              },
              { term: 'Proposed by', detail: release.author?.name ?? 'a former user' },
              { term: 'Approvals', detail: approvalCount(tally) },
              { term: 'Reviewers', detail: reviewersOf(release.target) },
              release.appliedAt && {
                term: 'Applied',
                detail: `${formatDateTime(release.appliedAt)} by ${release.appliedBy?.name ?? 'a former user'}`,
              },
            ]}
          />
          <ApprovalList tally={tally} />
          {release.notes && (
            <p className="mt-3 whitespace-pre-wrap border-t border-slate-100 pt-3 text-sm text-slate-700">{release.notes}</p>
          )}
          {release.rejectionReason && (
            <p className="mt-3 border-t border-slate-100 pt-3 text-sm text-red-800">Rejected: {release.rejectionReason}</p>
          )}
          {release.status === 'stale' && (
            <p className="mt-3 border-t border-slate-100 pt-3 text-sm text-amber-900">
              {release.target.name} changed since this release was drafted. Its author refreshes it against the current state.
            </p>
          )}
        </Card>
      </div>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ReleasePage)
