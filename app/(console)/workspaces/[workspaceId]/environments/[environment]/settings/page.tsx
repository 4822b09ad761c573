import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { DeleteEnvironmentDialog } from '@/components/environments/delete-environment-dialog'
import { EnvironmentForm } from '@/components/environments/environment-form'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { ReviewRulesForm } from '@/components/environments/review-rules-form'
import { Card } from '@/components/ui/card'
import { FactRows } from '@/components/ui/fact-rows'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { environmentUsage } from '@/lib/environments/queries'
import { reviewSummary } from '@/lib/environments/review-summary'
import { plural } from '@/lib/format/plural'
import { eligibleReviewerCount } from '@/lib/releases/reviewers'

type Params = { params: Promise<{ workspaceId: string; environment: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'Environment settings')
}

async function EnvironmentSettingsPage({ params }: Params) {
  const { workspaceId, environment: environmentSlug } = await params
  const at = await loadEnvironmentPage(workspaceId, environmentSlug)
  const { workspace, environment, environments, target } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const manages = at.may('environments.manage')
  // Client components get the fields they show, not the whole row.
  const { id, name, slug, description, releasesToId, isProtected, requiredApprovals, allowSelfApproval, reviewers } = environment
  const db = at.ctx.db
  const [admins, tenantAdmins, usage] = manages
    ? await Promise.all([
        eligibleReviewerCount(db, environment, 'admins'),
        eligibleReviewerCount(db, environment, 'tenant_admins'),
        environmentUsage(db, environment.id),
      ])
    : [0, 0, null]

  return (
    <div>
      <EnvironmentHeader at={at} page="Settings" title={`${environment.name} settings`} readOnly={!manages} />
      <EnvironmentTabs at={at} current="settings" />
      <div className="mt-6 grid max-w-3xl gap-6">
        <Card title="Environment">
          {manages ? (
            <EnvironmentForm
              workspaceId={workspace.id}
              environments={environments.map(({ id, name }) => ({ id, name }))}
              environment={{ id, name, slug, description, releasesToId, isProtected }}
            />
          ) : (
            <FactRows
              facts={[
                { term: 'Name', detail: environment.name },
                { term: 'Slug', detail: <span className="font-mono text-xs">{environment.slug}</span> },
                { term: 'Releases to', detail: target?.name ?? 'Nowhere' },
                { term: 'Protected', detail: environment.isProtected ? 'Yes: it changes only by release' : 'No' },
              ]}
            />
          )}
        </Card>
        <Card title={`Review of releases into ${environment.name}`}>
          {manages ? (
            <ReviewRulesForm
              workspaceId={workspace.id}
              environment={{ id, name, requiredApprovals, allowSelfApproval, reviewers }}
              eligible={{ admins, tenant_admins: tenantAdmins }}
            />
          ) : (
            <p className="text-sm text-slate-700">{reviewSummary(environment)}.</p>
          )}
        </Card>
        {manages && usage && (
          <Card title="Delete">
            {environment.isProtected ? (
              <p className="text-sm text-slate-600">A protected environment cannot be deleted. Unprotect it first if it really must go.</p>
            ) : usage.inUse ? (
              <p className="text-sm text-slate-600">
                It holds {plural(usage.resources, 'resource', 'resources')} or has release history, which the audit trail needs: only an
                empty environment that never took part in a release can be deleted.
              </p>
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p className="text-sm text-slate-600">It is empty and has no releases: it can be deleted.</p>
                <DeleteEnvironmentDialog workspaceId={workspace.id} environment={{ id, name, slug }} />
              </div>
            )}
          </Card>
        )}
      </div>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, EnvironmentSettingsPage)
