import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import Link from 'next/link'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { Card } from '@/components/ui/card'
import { LinkButton } from '@/components/ui/link-button'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { environmentResources } from '@/lib/environments/queries'
import { formatDateTime } from '@/lib/format/date'
import { readableValue } from '@/lib/resources/diff'
import { asSpec, RESOURCE_KIND_KEYS, RESOURCE_KINDS, specName } from '@/lib/resources/kinds'

type Params = { params: Promise<{ workspaceId: string; environment: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspaceId, environment } = await params
  return workspacePageTitle(workspaceId, environment)
}

/** What an agent or policy is at a glance: its model and trigger, or its model access. */
function summary(spec: unknown): string {
  const values = asSpec(spec) ?? {}
  if ('model' in values) {
    return `${String(values.model)} · ${readableValue('agent', 'trigger', values.trigger)}${values.enabled === false ? ' · disabled' : ''}`
  }
  return `${readableValue('policy', 'modelAccess', values.modelAccess)} · ${String(values.maxTokensPerRequest)} tokens`
}

async function EnvironmentPage({ params }: Params) {
  const { workspaceId, environment: slug } = await params
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, base, mayEdit } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const resources = await environmentResources(at.ctx.db, environment.id)
  return (
    <div>
      <EnvironmentHeader at={at} title={environment.name} readOnly={!mayEdit && !at.may('releases.review')}>
        {mayEdit && (
          <div className="flex flex-wrap gap-2">
            {RESOURCE_KIND_KEYS.map((kind) => (
              <LinkButton key={kind} href={`${base}/resources/new?kind=${kind}`} variant={kind === 'agent' ? 'primary' : 'secondary'}>
                New {RESOURCE_KINDS[kind].label.toLowerCase()}
              </LinkButton>
            ))}
          </div>
        )}
      </EnvironmentHeader>
      <EnvironmentTabs at={at} current="resources" />
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

export default withDocumentTitle(generateMetadata, EnvironmentPage)
