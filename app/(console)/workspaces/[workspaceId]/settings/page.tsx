import type { Metadata } from 'next'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { Card } from '@/components/ui/card'
import { WorkspaceSettingsForm } from '@/components/workspaces/settings-form'
import { WorkspaceFacts } from '@/components/workspaces/workspace-facts'
import { loadWorkspacePage } from '@/lib/context/workspace-page'

export const metadata: Metadata = { title: 'Workspace settings' }

export default async function WorkspaceSettingsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <AccessDenied what="this workspace" />
  const editable = may('workspace.update') && workspace.status === 'ACTIVE'
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: workspace.name, href: `/workspaces/${workspace.id}` }, { label: 'Settings' }]}
        title={<>Workspace settings {!editable && <ReadOnlyBadge />}</>}
        description={`Name, description and colour of ${workspace.name}.`}
      />
      <Card>
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
