import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { notFound } from 'next/navigation'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { AgentForm } from '@/components/resources/agent-form'
import { PolicyForm } from '@/components/resources/policy-form'
import { AccessDenied } from '@/components/console/access-denied'
import { Card } from '@/components/ui/card'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { grantedModels } from '@/lib/providers/queries'
import { isResourceKind, RESOURCE_KINDS } from '@/lib/resources/kinds'

type Params = { params: Promise<{ workspaceId: string; environment: string }>; searchParams: Promise<{ kind?: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'New resource')
}

async function NewResourcePage({ params, searchParams }: Params) {
  const { workspaceId, environment: slug } = await params
  const kind = (await searchParams).kind ?? 'agent'
  if (!isResourceKind(kind)) notFound()
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, mayEdit } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const label = RESOURCE_KINDS[kind].label.toLowerCase()
  const offeredModels = kind === 'policy' && mayEdit ? await grantedModels(at.ctx.db, workspace.id) : []
  const target = {
    mode: 'create' as const,
    workspaceId: workspace.id,
    environmentId: environment.id,
    kind,
    basePath: at.base,
  }
  return (
    <div>
      <EnvironmentHeader at={at} page={`New ${label}`} title={`New ${label}`} readOnly={!mayEdit} />
      {mayEdit ? (
        <Card className="max-w-3xl">
          {kind === 'agent' ? <AgentForm target={target} /> : <PolicyForm target={target} offeredModels={offeredModels} />}
        </Card>
      ) : (
        <AccessDenied
          what={`adding a ${label} in ${environment.name}`}
          why={
            environment.isProtected
              ? `${environment.name} is protected: it changes only through releases.`
              : 'Only members and admins of this workspace add resources.'
          }
        />
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, NewResourcePage)
