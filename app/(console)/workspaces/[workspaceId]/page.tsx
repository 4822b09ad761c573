import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import Link from 'next/link'
import { LinkButton } from '@/components/ui/link-button'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { PageHeader } from '@/components/console/page-header'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { RecentActivityCard } from '@/components/workspaces/activity-list'
import { EnvironmentList } from '@/components/workspaces/environment-list'
import { WorkspaceLifecycleActions } from '@/components/workspaces/lifecycle-actions'
import { WorkspaceFacts } from '@/components/workspaces/workspace-facts'
import { WorkspaceBadges, WorkspaceHeading } from '@/components/workspaces/workspace-heading'
import { Welcome } from '@/components/workspaces/welcome'
import { accessIn } from '@/lib/authz/roles'
import { ROLE_LABELS } from '@/lib/authz/role-names'
import { loadWorkspacePage, workspacePageTitle } from '@/lib/context/workspace-page'
import { environmentsPath } from '@/lib/environments/paths'
import { formatDateTime } from '@/lib/format/date'
import { lifecyclePermissions } from '@/lib/workspaces/lifecycle-permissions'
import { releaseQueuesOf } from '@/lib/releases/queue'
import { ReleaseQueueCard } from '@/components/releases/release-queue'
import { workspaceMembersSummary, workspaceOverview } from '@/lib/workspaces/queries'

export function generateMetadata({ params }: { params: Promise<{ workspaceId: string }> }): Promise<Metadata> {
  return params.then(({ workspaceId }) => workspacePageTitle(workspaceId, 'Overview'))
}

/** The overview shows the first few of each queue; the reviews page shows them all. */
const OVERVIEW_ROWS = 5

const QueueLink = () => (
  <Link href="/reviews" className="text-sm font-medium text-indigo-700 hover:underline">
    All reviews
  </Link>
)

async function WorkspaceOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<{ welcome?: string }>
}) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <WorkspaceAccessDenied workspace={workspace} />
  const db = ctx.db
  const [{ environments, activity }, members, archivedBy, queues] = await Promise.all([
    workspaceOverview(db, workspace, { withActivity: may('audit.readWorkspace') }),
    workspaceMembersSummary(db, workspace.id),
    workspace.archivedById ? db.user.findUnique({ where: { id: workspace.archivedById }, select: { name: true } }) : null,
    releaseQueuesOf(db, ctx.actor!),
  ])
  const archived = workspace.status === 'ARCHIVED'
  const allowed = lifecyclePermissions(ctx.actor!, workspace)
  const managesLifecycle = allowed.archive || allowed.restore || allowed.setDefault
  const editable = may('workspace.update') && !archived
  const access = accessIn(ctx.actor!, workspace.id)
  const welcome = (await searchParams).welcome === '1' && workspace.id === ctx.workspace?.id

  return (
    <div>
      {archived && (
        <p role="status" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Archived on {formatDateTime(workspace.archivedAt!)} by {archivedBy?.name ?? 'a former user'}. It is read-only; its history stays
          for the audit trail.
        </p>
      )}
      <OtherWorkspaceNotice ctx={ctx} workspace={workspace} />
      {welcome && <Welcome workspaceId={workspace.id} workspaceName={workspace.name} role={access.label} />}
      <PageHeader
        trail={workspaceTrail(ctx.tenant!.name, workspace)}
        title={<WorkspaceHeading workspace={workspace} />}
        badges={<WorkspaceBadges workspace={workspace} access={access} />}
        description={<span className="font-mono text-xs text-slate-500">{workspace.slug}</span>}
      >
        {editable && <LinkButton href={`/workspaces/${workspace.id}/settings`}>Edit settings</LinkButton>}
      </PageHeader>

      <div className="grid gap-6 md:grid-cols-3">
        {queues.waiting.length > 0 && (
          <ReleaseQueueCard
            queue="waiting"
            releases={queues.waiting}
            limit={OVERVIEW_ROWS}
            action={<QueueLink />}
            className="md:col-span-3"
          />
        )}
        {queues.own.length > 0 && (
          <ReleaseQueueCard queue="own" releases={queues.own} limit={OVERVIEW_ROWS} action={<QueueLink />} className="md:col-span-3" />
        )}
        <Card title="About" className="md:col-span-2">
          <WorkspaceFacts workspace={workspace} showCreated />
        </Card>
        <Card title={`Members (${members.count})`}>
          {members.members.length === 0 ? (
            <p className="text-sm text-slate-500">No members yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {members.members.map((member) => (
                <li key={member.id} className="flex items-center justify-between gap-2">
                  <span className="truncate" title={member.email}>
                    {member.name}
                  </span>
                  <Badge>{ROLE_LABELS[member.role]}</Badge>
                </li>
              ))}
            </ul>
          )}
          {members.count > members.members.length && (
            <p className="mt-2 text-xs text-slate-500">and {members.count - members.members.length} more</p>
          )}
        </Card>
        <Card
          title="Environments"
          className="md:col-span-2"
          action={
            <Link href={environmentsPath(workspace.id)} className="text-sm font-medium text-indigo-700 hover:underline">
              {may('environments.manage') ? 'Manage' : 'All environments'}
            </Link>
          }
        >
          <EnvironmentList workspaceId={workspace.id} environments={environments} />
        </Card>
        {managesLifecycle && (
          <Card title="Lifecycle">
            <p className="mb-3 text-sm text-slate-600">
              {archived
                ? 'Restore it to make it usable again, with its members.'
                : 'Make it the default, or archive it when it is no longer used.'}
            </p>
            <WorkspaceLifecycleActions workspace={workspace} allowed={allowed} afterArchiveHref="/workspaces" />
          </Card>
        )}
        <RecentActivityCard events={activity} />
      </div>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, WorkspaceOverviewPage)
