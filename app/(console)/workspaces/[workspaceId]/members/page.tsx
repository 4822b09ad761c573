import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { PageHeader } from '@/components/console/page-header'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { AddPeople } from '@/components/members/add-people'
import { Invitations } from '@/components/members/invitations'
import { MembersTable } from '@/components/members/members-table'
import { TabLinks } from '@/components/ui/tab-links'
import { can } from '@/lib/authz/permissions'
import { loadWorkspacePage, workspacePageTitle } from '@/lib/context/workspace-page'
import { openInvitations } from '@/lib/invitations/queries'
import { membersPage, membersQuery } from '@/lib/members/queries'
import { singleValues } from '@/lib/listing/query'

export function generateMetadata({ params }: { params: Promise<{ workspaceId: string }> }): Promise<Metadata> {
  return params.then(({ workspaceId }) => workspacePageTitle(workspaceId, 'Members'))
}

async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <WorkspaceAccessDenied workspace={workspace} />
  const urlParams = singleValues(await searchParams)
  const query = membersQuery.parse(urlParams)
  const manage = may('members.manage')
  const showInvitations = manage && urlParams.view === 'invitations'
  // Each view loads what it shows; the Invitations tab always shows how many are open.
  const [page, invitations] = await Promise.all([
    showInvitations ? null : membersPage(ctx.db, workspace.id, query),
    manage ? openInvitations(ctx.db, workspace.id) : [],
  ])

  return (
    <div className="space-y-6">
      <OtherWorkspaceNotice ctx={ctx} workspace={workspace} />
      <PageHeader
        trail={workspaceTrail(ctx.tenant!.name, workspace, 'Members')}
        title={`Members of ${workspace.name}`}
        badges={!manage && <ReadOnlyBadge />}
        description="Who can work in this workspace, and in which role."
      >
        {manage && <AddPeople workspaceId={workspace.id} workspaceName={workspace.name} />}
      </PageHeader>
      {manage && (
        <TabLinks
          label="Members and invitations"
          tabs={[
            { href: `/workspaces/${workspace.id}/members`, label: 'Members', current: !showInvitations },
            {
              href: `/workspaces/${workspace.id}/members?view=invitations`,
              label: 'Invitations',
              count: invitations.length,
              current: showInvitations,
            },
          ]}
        />
      )}
      {!page ? (
        <Invitations workspaceId={workspace.id} invitations={invitations} />
      ) : (
        <MembersTable
          workspaceId={workspace.id}
          workspaceName={workspace.name}
          rows={page.rows}
          total={page.total}
          pages={page.pages}
          query={query}
          manage={manage}
          canOverride={can(ctx.actor!, 'members.overrideLastAdmin', { tenantId: workspace.tenantId })}
          currentUserId={ctx.user.id}
          selfDemotionEndsAdminAccess={!can(ctx.actor!, 'members.manage', { tenantId: workspace.tenantId })}
        />
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, MembersPage)
