import type { Metadata } from 'next'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { AddMember } from '@/components/members/add-member'
import { Invitations } from '@/components/members/invitations'
import { MembersTable } from '@/components/members/members-table'
import { Card } from '@/components/ui/card'
import { can } from '@/lib/authz/permissions'
import { loadWorkspacePage } from '@/lib/context/workspace-page'
import { getDb } from '@/lib/db/client'
import { openInvitations } from '@/lib/invitations/queries'
import { membersPage, membersQuery } from '@/lib/members/queries'

export const metadata: Metadata = { title: 'Members' }

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { ctx, workspace, may, readable } = await loadWorkspacePage((await params).workspaceId)
  if (!readable) return <AccessDenied what="this workspace" />
  const query = membersQuery.parse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])))
  const manage = may('members.manage')
  const [page, invitations] = await Promise.all([
    membersPage(getDb(), workspace.id, query),
    manage ? openInvitations(getDb(), workspace.id) : [],
  ])

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: workspace.name, href: `/workspaces/${workspace.id}` }, { label: 'Members' }]}
        title={
          <>
            Members of {workspace.name} {!manage && <ReadOnlyBadge />}
          </>
        }
        description="Who can work in this workspace, and in which role."
      />
      {manage && (
        <Card title="Add a member">
          <AddMember workspaceId={workspace.id} />
        </Card>
      )}
      {manage && (
        <Card title="Invite by email">
          <Invitations workspaceId={workspace.id} invitations={invitations} />
        </Card>
      )}
      <MembersTable
        workspaceId={workspace.id}
        rows={page.rows}
        total={page.total}
        pages={page.pages}
        query={query}
        manage={manage}
        canOverride={can(ctx.actor!, 'members.overrideLastAdmin', { tenantId: workspace.tenantId })}
        currentUserId={ctx.user.id}
      />
    </div>
  )
}
