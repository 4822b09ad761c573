import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { PageHeader } from '@/components/console/page-header'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Card } from '@/components/ui/card'
import { WorkspaceSettingsForm } from '@/components/workspaces/settings-form'
import { WorkspaceFacts } from '@/components/workspaces/workspace-facts'
import { loadWorkspacePage, workspacePageTitle } from '@/lib/context/workspace-page'

export function generateMetadata({ params }: { params: Promise<{ workspaceId: string }> }): Promise<Metadata> {
  return params.then(({ workspaceId }) => workspacePageTitle(workspaceId, 'Settings'))
}

async function WorkspaceSettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <WorkspaceAccessDenied workspace={workspace} />
  const editable = may('workspace.update') && workspace.status === 'ACTIVE'
  return (
    <div>
      <OtherWorkspaceNotice ctx={ctx} workspace={workspace} />
      <PageHeader
        trail={workspaceTrail(ctx.tenant!.name, workspace, 'Settings')}
        title="Workspace settings"
        badges={!editable && <ReadOnlyBadge />}
        description={`Name, description and colour of ${workspace.name}.`}
      />
      <Card className="max-w-2xl">
        {editable ? (
          <WorkspaceSettingsForm workspace={workspace} />
        ) : (
          <>
            <WorkspaceFacts workspace={workspace} />
            <p className="mt-4 border-t border-slate-100 pt-4 text-sm text-slate-500">
              Only a tenant administrator or an admin of this workspace can change these settings.
            </p>
          </>
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, WorkspaceSettingsPage)
