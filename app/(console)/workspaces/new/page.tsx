import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { Card } from '@/components/ui/card'
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Create workspace')

async function NewWorkspacePage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  if (!can(ctx.actor, 'workspace.create', { tenantId: ctx.actor.tenantId }))
    return (
      <AccessDenied
        what="creating workspaces"
        why="Only tenant administrators create workspaces. Ask one to create it, or to make you a tenant administrator."
      />
    )
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Workspaces', href: '/workspaces' }, { label: 'Create workspace' }]}
        title="Create workspace"
        description={`A new workspace in ${ctx.tenant!.name}.`}
      />
      <Card className="max-w-2xl">
        <CreateWorkspaceForm />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, NewWorkspacePage)
