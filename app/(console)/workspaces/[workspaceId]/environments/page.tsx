import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import Link from 'next/link'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { AddEnvironmentButton } from '@/components/environments/add-environment-button'
import { EnvironmentPill } from '@/components/environments/environment-pill'
import { MoveEnvironmentButtons } from '@/components/environments/move-environment-buttons'
import { Card } from '@/components/ui/card'
import { LinkButton } from '@/components/ui/link-button'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadWorkspacePage, workspacePageTitle } from '@/lib/context/workspace-page'
import { environmentPath } from '@/lib/environments/paths'
import { holdings, openReleasesWords, whereItReleases, workspaceEnvironments } from '@/lib/environments/queries'
import { reviewSummary } from '@/lib/environments/review-summary'

export function generateMetadata({ params }: { params: Promise<{ workspaceId: string }> }): Promise<Metadata> {
  return params.then(({ workspaceId }) => workspacePageTitle(workspaceId, 'Environments'))
}

async function EnvironmentsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <WorkspaceAccessDenied workspace={workspace} />
  const environments = await workspaceEnvironments(ctx.db, workspace.id)
  const manages = may('environments.manage')
  const releasedInto = new Set(environments.map((environment) => environment.releasesToId))
  // Client components get what they show, not whole rows.
  const named = environments.map(({ id, name }) => ({ id, name }))

  return (
    <div>
      <OtherWorkspaceNotice ctx={ctx} workspace={workspace} />
      <PageHeader
        trail={workspaceTrail(ctx.tenant!.name, workspace, 'Environments')}
        title="Environments"
        badges={!manages && <ReadOnlyBadge />}
        description="In release order: changes are made in the first and travel down, each step a reviewed release."
      >
        {manages && <AddEnvironmentButton workspaceId={workspace.id} environments={named} />}
      </PageHeader>
      <Card>
        {environments.length === 0 ? (
          <p className="text-sm text-slate-500">This workspace has no environments yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {environments.map((environment, index) => {
              const path = environmentPath(workspace.id, environment.slug)
              return (
                <li
                  key={environment.id}
                  className="flex flex-col gap-3 py-4 first:pt-1 last:pb-1 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="text-xs text-slate-500">{index + 1}.</span>
                      <Link href={path} className="rounded hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
                        <EnvironmentPill environment={environment} />
                      </Link>
                      <span className="font-mono text-xs text-slate-500">{environment.slug}</span>
                    </p>
                    {environment.description && <p className="text-sm text-slate-700">{environment.description}</p>}
                    <p className="text-sm text-slate-600">
                      {holdings(environment)} · {whereItReleases(environment)}
                      {openReleasesWords(environment) && (
                        <span className="font-medium text-amber-800"> · {openReleasesWords(environment)}</span>
                      )}
                    </p>
                    {(releasedInto.has(environment.id) || environment.isProtected) && (
                      <p className="text-xs text-slate-500">Releases into it: {reviewSummary(environment)}.</p>
                    )}
                  </div>
                  <div className="flex shrink-0 items-center gap-2">
                    {manages && (
                      <MoveEnvironmentButtons
                        workspaceId={workspace.id}
                        environment={named[index]!}
                        first={index === 0}
                        last={index === environments.length - 1}
                      />
                    )}
                    <LinkButton href={`${path}/settings`} className="px-2.5 py-1" aria-label={`Settings of ${environment.name}`}>
                      Settings
                    </LinkButton>
                  </div>
                </li>
              )
            })}
          </ol>
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, EnvironmentsPage)
