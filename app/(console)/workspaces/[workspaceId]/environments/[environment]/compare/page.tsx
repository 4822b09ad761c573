import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { DraftReleaseForm } from '@/components/releases/draft-release-form'
import { DiffList } from '@/components/resources/spec-view'
import { ChangeBadge } from '@/components/releases/badges'
import { Card } from '@/components/ui/card'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { environmentPath } from '@/lib/environments/paths'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { compareEnvironments, itemKey } from '@/lib/releases/compare'
import { CHANGE_LABELS } from '@/lib/releases/status'
import { RESOURCE_KINDS } from '@/lib/resources/kinds'

type Params = { params: Promise<{ workspaceId: string; environment: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'Compare')
}

async function ComparePage({ params }: Params) {
  const { workspaceId, environment: slug } = await params
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, target, mayPropose } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const compared = target ? await compareEnvironments(at.ctx.db, environment.id, target.id) : []
  const changes = compared.filter((item) => item.status !== 'unchanged')
  return (
    <div>
      <EnvironmentHeader
        at={at}
        page="Compare"
        title={target ? `${environment.name} → ${target.name}` : environment.name}
        readOnly={!mayPropose}
      />
      <EnvironmentTabs at={at} current="compare" />
      {!target ? (
        <p className="mt-6 text-sm text-slate-600">{environment.name} releases to no other environment.</p>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-5">
          <div className="space-y-4 lg:col-span-3">
            {compared.length === 0 && <p className="text-sm text-slate-600">Neither environment holds anything yet.</p>}
            {compared.map((item) => (
              <Card
                key={itemKey(item)}
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    {RESOURCE_KINDS[item.kind].label} {item.name} <span className="font-mono text-xs text-slate-500">{item.key}</span>
                    <ChangeBadge change={item.status} />
                  </span>
                }
              >
                {item.status === 'unchanged' ? (
                  <p className="text-sm text-slate-500">The same in both.</p>
                ) : (
                  <>
                    <p className="mb-2 text-xs text-slate-500">
                      Left: {target.name} now. Right: proposed from {environment.name}.
                    </p>
                    <DiffList changes={item.changes} />
                  </>
                )}
              </Card>
            ))}
          </div>
          <Card title={`Release to ${target.name}`} className="h-fit lg:col-span-2">
            {changes.length === 0 ? (
              <p className="text-sm text-slate-600">
                {target.name} already holds what {environment.name} holds: nothing to release.
              </p>
            ) : mayPropose ? (
              <DraftReleaseForm
                workspaceId={workspace.id}
                sourceEnvironmentId={environment.id}
                target={target.name}
                releasesHref={`${environmentPath(workspace.id, target.slug)}/releases`}
                changes={changes.map((item) => ({
                  id: itemKey(item),
                  label: `${RESOURCE_KINDS[item.kind].label} ${item.name}`,
                  status: CHANGE_LABELS[item.status],
                }))}
              />
            ) : (
              <p className="text-sm text-slate-600">Members and admins of this workspace propose releases; you can read the comparison.</p>
            )}
          </Card>
        </div>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ComparePage)
