import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { notFound } from 'next/navigation'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { AgentForm } from '@/components/resources/agent-form'
import { DeleteResourceButton } from '@/components/resources/delete-resource-button'
import { PolicyForm } from '@/components/resources/policy-form'
import { RestoreRevisionButton } from '@/components/resources/restore-button'
import { DiffList, SpecView } from '@/components/resources/spec-view'
import { Card } from '@/components/ui/card'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { resourceHistory } from '@/lib/environments/queries'
import { formatDateTime } from '@/lib/format/date'
import { grantedModels } from '@/lib/providers/queries'
import { fieldDiff, sameSpec } from '@/lib/resources/diff'
import { isResourceKind, RESOURCE_KINDS, specName } from '@/lib/resources/kinds'
import type { AgentSpec } from '@/lib/resources/kinds/agent'
import type { PolicySpec } from '@/lib/resources/kinds/policy'
import { resourceKey } from '@/lib/resources/schema'

type Params = { params: Promise<{ workspaceId: string; environment: string; kind: string; key: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { workspaceId, key } = await params
  return workspacePageTitle(workspaceId, key)
}

async function ResourcePage({ params }: Params) {
  const { workspaceId, environment: slug, kind, key } = await params
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, base, mayEdit } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  // A key that could not be one (a NUL byte from %00 among them) names nothing, and never reaches a query.
  if (!isResourceKind(kind) || !resourceKey.safeParse(key).success) notFound()
  const [resource, offeredModels] = await Promise.all([
    resourceHistory(at.ctx.db, environment.id, kind, key),
    kind === 'policy' && mayEdit ? grantedModels(at.ctx.db, workspace.id) : [],
  ])
  if (!resource) notFound()
  const live = !resource.deletedAt
  const place = { workspaceId: workspace.id, environmentId: environment.id, kind }
  const target = { mode: 'update' as const, ...place, resourceId: resource.id, revision: resource.revision, basePath: base }
  const label = RESOURCE_KINDS[kind].label
  return (
    <div>
      <EnvironmentHeader
        at={at}
        page={specName(resource.spec ?? resource.revisions[1]?.spec) || key}
        title={`${label} ${specName(resource.spec) || key}`}
        readOnly={!mayEdit}
      >
        {mayEdit && live && (
          <DeleteResourceButton
            {...place}
            resourceId={resource.id}
            baseRevision={resource.revision}
            name={specName(resource.spec)}
            backHref={base}
          />
        )}
      </EnvironmentHeader>
      <EnvironmentTabs at={at} current="resources" />
      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card title={live ? `Current: revision #${resource.revision}` : 'Deleted'} className="lg:col-span-3">
          {!live ? (
            <p className="text-sm text-slate-600">
              This {label.toLowerCase()} was deleted. Restore a revision from its history to bring it back.
            </p>
          ) : mayEdit && kind === 'agent' ? (
            <AgentForm target={target} initialKey={key} initial={resource.spec as AgentSpec} />
          ) : mayEdit ? (
            <PolicyForm target={target} initialKey={key} initial={resource.spec as PolicySpec} offeredModels={offeredModels} />
          ) : (
            <SpecView kind={kind} spec={resource.spec} />
          )}
        </Card>
        <Card title="History" className="lg:col-span-2">
          <ol className="space-y-4">
            {resource.revisions.map((revision, index) => {
              const previous = resource.revisions[index + 1]
              const origin = revision.releaseId ? 'by a release' : revision.restoredFrom ? `restored from #${revision.restoredFrom}` : null
              return (
                <li key={revision.id} className="space-y-2">
                  <div className="flex flex-wrap items-start justify-between gap-2 text-sm">
                    <p>
                      <span className="font-semibold">#{revision.number}</span> {revision.spec ? '' : '(deleted) '}
                      <span className="text-slate-600">
                        {revision.author?.name ?? 'someone'}, {formatDateTime(revision.createdAt)}
                        {origin && `, ${origin}`}
                      </span>
                    </p>
                    {mayEdit && revision.spec && !(live && sameSpec(revision.spec, resource.spec)) && (
                      <RestoreRevisionButton {...place} resourceId={resource.id} number={revision.number} />
                    )}
                  </div>
                  <DiffList changes={fieldDiff(kind, previous?.spec ?? null, revision.spec)} />
                </li>
              )
            })}
          </ol>
        </Card>
      </div>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ResourcePage)
