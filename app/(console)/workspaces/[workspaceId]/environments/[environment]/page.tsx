import type { Metadata } from 'next'
import Link from 'next/link'
import { EnvironmentHeader, environmentPath } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { Card } from '@/components/ui/card'
import { LinkButton } from '@/components/ui/link-button'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { getDb } from '@/lib/db/client'
import { environmentResources } from '@/lib/environments/queries'
import { sourceOf } from '@/lib/environments/source'
import { formatDateTime } from '@/lib/format/date'
import { asSpec } from '@/lib/resources/diff'
import { RESOURCE_KIND_KEYS, RESOURCE_KINDS, specName } from '@/lib/resources/kinds'

type Params = { params: Promise<{ workspaceId: string; environment: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspaceId, environment } = await params
  return workspacePageTitle(workspaceId, environment)
}

/** What an agent or policy is at a glance: its model and trigger, or its model access. */
function summary(spec: unknown): string {
  const values = asSpec(spec) ?? {}
  if ('model' in values) return `${String(values.model)} · ${String(values.trigger)}${values.enabled === false ? ' · disabled' : ''}`
  return `${String(values.modelAccess)} models · ${String(values.maxTokensPerRequest)} tokens`
}

export default async function EnvironmentPage({ params }: Params) {
  const { workspaceId, environment: slug } = await params
  const { ctx, workspace, readable, environment, mayEdit, mayPropose, may } = await loadEnvironmentPage(workspaceId, slug)
  if (!readable) return <WorkspaceAccessDenied workspace={workspace} />
  const db = getDb()
  const [resources, source, target] = await Promise.all([
    environmentResources(db, environment.id),
    sourceOf(db, environment),
    environment.releasesToId ? db.environment.findUnique({ where: { id: environment.releasesToId } }) : null,
  ])
  const base = environmentPath(workspace.id, environment.slug)
  return (
    <div>
      <OtherWorkspaceNotice ctx={ctx} workspace={workspace} />
      <EnvironmentHeader
        tenantName={ctx.tenant!.name}
        workspace={workspace}
        environment={environment}
        title={environment.name}
        readOnly={!mayEdit && !may('releases.review')}
        source={source}
        mayPropose={mayPropose}
      >
        {mayEdit &&
          RESOURCE_KIND_KEYS.map((kind) => (
            <LinkButton key={kind} href={`${base}/resources/new?kind=${kind}`} variant={kind === 'agent' ? 'primary' : 'secondary'}>
              New {RESOURCE_KINDS[kind].label.toLowerCase()}
            </LinkButton>
          ))}
      </EnvironmentHeader>
      <EnvironmentTabs base={base} current="resources" target={target?.name ?? null} />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {RESOURCE_KIND_KEYS.map((kind) => {
          const ofKind = resources.filter((resource) => resource.kind === kind)
          return (
            <Card key={kind} title={`${RESOURCE_KINDS[kind].plural} (${ofKind.length})`}>
              {ofKind.length === 0 ? (
                <p className="text-sm text-slate-500">
                  No {RESOURCE_KINDS[kind].plural.toLowerCase()} in {environment.name} yet. {RESOURCE_KINDS[kind].description}
                </p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {ofKind.map((resource) => (
                    <li key={resource.id} className="py-2.5">
                      <Link href={`${base}/resources/${kind}/${resource.key}`} className="font-medium text-indigo-700 hover:underline">
                        {specName(resource.spec)}
                      </Link>
                      <p className="flex flex-wrap gap-x-2 text-xs text-slate-500">
                        <span className="font-mono">{resource.key}</span>
                        <span>{summary(resource.spec)}</span>
                        <span>
                          revision #{resource.revision}, {formatDateTime(resource.updatedAt)}
                          {resource.updatedBy ? ` by ${resource.updatedBy.name}` : ''}
                        </span>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          )
        })}
      </div>
    </div>
  )
}
