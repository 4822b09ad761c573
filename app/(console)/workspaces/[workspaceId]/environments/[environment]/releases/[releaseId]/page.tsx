import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { notFound } from 'next/navigation'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { ApprovalList, approvalCount } from '@/components/releases/approval-list'
import { ReleaseActions } from '@/components/releases/release-actions'
import { DiffList } from '@/components/resources/spec-view'
import { ChangeBadge, ReleaseStatusBadge } from '@/components/releases/badges'
import { Card } from '@/components/ui/card'
import { FactRows } from '@/components/ui/fact-rows'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { formatDateTime } from '@/lib/format/date'
import { releaseControls } from '@/lib/releases/controls'
import { releaseDetail } from '@/lib/releases/queries'
import { approvalTally } from '@/lib/releases/reviewers'
import { reviewersOf } from '@/lib/environments/review-summary'
import { RESOURCE_KINDS } from '@/lib/resources/kinds'
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
  const controls = releaseControls(ctx.actor!, release, release.target, may)
  const offered = Object.values(controls).some(Boolean)
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
          {release.items.map((item) => (
            <Card
              key={item.id}
              title={
                <span className="flex flex-wrap items-center gap-2">
                  {RESOURCE_KINDS[item.kind].label} {item.name} <span className="font-mono text-xs text-slate-500">{item.key}</span>
                  <ChangeBadge change={item.change} />
                </span>
              }
            >
              <p className="mb-2 text-xs text-slate-500">
                Left: {release.target.name} when the release was drafted. Right: what the release writes (frozen).
              </p>
              <DiffList changes={item.changes} />
            </Card>
          ))}
        </div>
        <Card title="Review" className="h-fit">
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
          {offered && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ReleaseActions
                workspaceId={workspace.id}
                release={{ id: release.id, title: release.title, notes: release.notes }}
                controls={controls}
                releasesHref={`${at.base}/releases`}
              />
            </div>
          )}
        </Card>
      </div>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ReleasePage)
