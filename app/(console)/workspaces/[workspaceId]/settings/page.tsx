import type { Metadata } from 'next'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Card } from '@/components/ui/card'
import { ColorDot } from '@/components/ui/color-dot'
import { WorkspaceSettingsForm } from '@/components/workspaces/settings-form'
import { loadWorkspacePage } from '@/lib/context/workspace-page'
import { WORKSPACE_COLORS, type WorkspaceColor } from '@/lib/workspaces/palette'

export const metadata: Metadata = { title: 'Workspace settings' }

export default async function WorkspaceSettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <AccessDenied what="this workspace" />
  const editable = may('workspace.update') && workspace.status === 'ACTIVE'
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={
          <>
            Workspace settings {!editable && <ReadOnlyBadge />}
          </>
        }
        description={`Name, description and colour of ${workspace.name}.`}
      />
      <Card>
        {editable ? (
          <WorkspaceSettingsForm workspace={workspace} renderedForWorkspaceId={ctx.workspace!.id} />
        ) : (
          <>
          <dl className="space-y-4 text-sm">
            <div>
              <dt className="font-medium text-slate-500">Name</dt>
              <dd className="mt-0.5 text-slate-900">{workspace.name}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Slug</dt>
              <dd className="mt-0.5 font-mono text-slate-900">{workspace.slug}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Description</dt>
              <dd className="mt-0.5 text-slate-900">{workspace.description || '—'}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-500">Colour</dt>
              <dd className="mt-0.5 flex items-center gap-2 text-slate-900">
                <ColorDot color={workspace.color} /> {WORKSPACE_COLORS[workspace.color as WorkspaceColor]?.label ?? workspace.color}
              </dd>
            </div>
          </dl>
          <p className="mt-4 border-t border-slate-100 pt-4 text-sm text-slate-500">
            Only a tenant administrator or an admin of this workspace can change these settings.
          </p>
          </>
        )}
      </Card>
    </div>
  )
}
