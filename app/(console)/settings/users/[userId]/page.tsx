import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { MembershipRoleSelect } from '@/components/tenant-users/membership-role-select'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { ColorDot } from '@/components/ui/color-dot'
import { can, workspaceResource } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { ROLE_LABELS } from '@/lib/authz/role-names'
import { TENANT_ROLE_LABELS } from '@/lib/authz/role-names'
import { isEntityId } from '@/lib/validation'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('User')

async function TenantUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const actor = ctx.actor
  if (!can(actor, 'users.read', { tenantId: actor.tenantId }))
    return <AccessDenied what="the tenant's users" why="Only tenant administrators and auditors see the organisation's people." />
  const { userId } = await params
  if (!isEntityId(userId)) notFound()
  const membership = await ctx.db.tenantMembership.findUnique({
    where: { tenantId_userId: { tenantId: actor.tenantId, userId } },
    include: {
      user: {
        include: {
          workspaceMemberships: {
            where: { workspace: { tenantId: actor.tenantId } },
            include: { workspace: true },
            orderBy: { workspace: { name: 'asc' } },
          },
        },
      },
    },
  })
  if (!membership) notFound()
  const { user } = membership
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Users', href: '/settings/users' }, { label: user.name }]}
        title={user.name}
        badges={!can(actor, 'tenant.manage', { tenantId: actor.tenantId }) && <ReadOnlyBadge />}
        description={`${user.email} · ${TENANT_ROLE_LABELS[membership.role]} · ${membership.status === 'ACTIVE' ? 'active' : 'disabled in this tenant'}`}
      />
      <Card title="Workspace memberships">
        {user.workspaceMemberships.length === 0 ? (
          <p className="text-sm text-slate-500">Not a member of any workspace.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {user.workspaceMemberships.map((m) => {
              const resource = workspaceResource(m.workspace)
              return (
                <li key={m.id} className="flex items-center justify-between gap-4 py-2.5 text-sm">
                  <Link
                    href={`/workspaces/${m.workspaceId}`}
                    className="flex items-center gap-2 font-medium text-slate-900 hover:underline"
                  >
                    <ColorDot color={m.workspace.color} size="sm" /> {m.workspace.name}
                    {m.workspace.status === 'ARCHIVED' && <Badge>Archived</Badge>}
                  </Link>
                  {can(actor, 'members.manage', resource) ? (
                    <MembershipRoleSelect
                      workspaceId={m.workspaceId}
                      userId={user.id}
                      personName={user.name}
                      role={m.role}
                      label={`Role in ${m.workspace.name}`}
                    />
                  ) : (
                    <Badge>{ROLE_LABELS[m.role]}</Badge>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, TenantUserPage)
