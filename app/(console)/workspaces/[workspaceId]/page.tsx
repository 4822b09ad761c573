import type { Metadata } from 'next'
import Link from 'next/link'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { ColorDot } from '@/components/ui/color-dot'
import { ActivityList } from '@/components/workspaces/activity-list'
import { EnvironmentList } from '@/components/workspaces/environment-list'
import { WorkspaceLifecycleActions } from '@/components/workspaces/lifecycle-actions'
import { loadWorkspacePage } from '@/lib/context/workspace-page'
import { getDb } from '@/lib/db/client'
import { formatDateTime } from '@/lib/format/date'
import { lifecyclePermissions } from '@/lib/workspaces/lifecycle-permissions'
import { WORKSPACE_COLORS, type WorkspaceColor } from '@/lib/workspaces/palette'
import { workspaceMembersSummary, workspaceOverview } from '@/lib/workspaces/queries'

export const metadata: Metadata = { title: 'Workspace' }

const ROLE_LABELS = { workspace_admin: 'Admin', workspace_member: 'Member', workspace_viewer: 'Viewer' } as const

export default async function WorkspaceDetailPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <AccessDenied what="this workspace" />
  const db = getDb()
  const [{ environments, activity }, members, archivedBy] = await Promise.all([
    workspaceOverview(db, workspace.id),
    workspaceMembersSummary(db, workspace.id),
    workspace.archivedById ? db.user.findUnique({ where: { id: workspace.archivedById }, select: { name: true } }) : null,
  ])
  const archived = workspace.status === 'ARCHIVED'
  const allowed = lifecyclePermissions(ctx.actor!, workspace)
  const managesLifecycle = allowed.archive || allowed.restore || allowed.setDefault
  const editable = may('workspace.update') && !archived

  return (
    <div className="mx-auto max-w-5xl">
      {archived && (
        <p role="status" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Archived on {formatDateTime(workspace.archivedAt!)} by {archivedBy?.name ?? 'a former user'}. It is read-only; its
          history stays for the audit trail.
        </p>
      )}
      <PageHeader
        title={
          <>
            <ColorDot color={workspace.color} size="lg" />
            <span>{workspace.name}</span>
            {workspace.isDefault && <Badge tone="indigo">Default</Badge>}
            {archived && <Badge>Archived</Badge>}
            {!editable && !managesLifecycle && <ReadOnlyBadge />}
          </>
        }
        description={<span className="font-mono text-xs text-slate-500">{workspace.slug}</span>}
      >
        {editable && (
          <Link
            href={`/workspaces/${workspace.id}/settings`}
            className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Edit settings
          </Link>
        )}
      </PageHeader>

      <div className="grid gap-6 md:grid-cols-3">
        <Card title="About" className="md:col-span-2">
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-500">Name</dt>
              <dd className="mt-0.5 text-slate-900">{workspace.name}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Slug</dt>
              <dd className="mt-0.5 font-mono text-slate-900">{workspace.slug}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="font-medium text-slate-500">Description</dt>
              <dd className="mt-0.5 text-slate-900">{workspace.description || '—'}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Colour</dt>
              <dd className="mt-0.5 flex items-center gap-2 text-slate-900">
                <ColorDot color={workspace.color} /> {WORKSPACE_COLORS[workspace.color as WorkspaceColor]?.label ?? workspace.color}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Created</dt>
              <dd className="mt-0.5 text-slate-900">{formatDateTime(workspace.createdAt)}</dd>
            </div>
          </dl>
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
          {members.count > members.members.length && <p className="mt-2 text-xs text-slate-500">and {members.count - members.members.length} more</p>}
        </Card>
        <Card title="Environments" className="md:col-span-2">
          <EnvironmentList environments={environments} />
        </Card>
        {managesLifecycle && (
          <Card title="Lifecycle">
            <p className="mb-3 text-sm text-slate-600">
              {archived ? 'Restore it to make it usable again, with its members.' : 'Make it the default, or archive it when it is no longer used.'}
            </p>
            <WorkspaceLifecycleActions
              workspace={workspace}
              allowed={allowed}
              renderedForWorkspaceId={ctx.workspace!.id}
              afterArchiveHref="/workspaces"
            />
          </Card>
        )}
        <Card title="Recent activity" className="md:col-span-3">
          <ActivityList events={activity} />
        </Card>
      </div>
    </div>
  )
}
