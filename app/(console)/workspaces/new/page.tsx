import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { Card } from '@/components/ui/card'
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'

export const metadata: Metadata = { title: 'Create workspace' }

export default async function NewWorkspacePage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  if (!can(ctx.actor, 'workspace.create', { tenantId: ctx.actor.tenantId })) return <AccessDenied what="creating workspaces" />
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Workspaces', href: '/workspaces' }, { label: 'Create workspace' }]}
        title="Create workspace"
        description={`A new workspace in ${ctx.tenant!.name}.`}
      />
      <Card>
        <CreateWorkspaceForm />
      </Card>
    </div>
  )
}
