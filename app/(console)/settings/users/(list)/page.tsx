import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { TenantUsersTable } from '@/components/tenant-users/users-table'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { singleValues } from '@/lib/listing/query'
import { tenantUsersPage, tenantUsersQuery } from '@/lib/tenant-users/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Users')

async function TenantUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const tenant = { tenantId: ctx.actor.tenantId }
  // Tenant admins manage users; auditors (who read every workspace) see them read-only.
  if (!can(ctx.actor, 'users.read', tenant))
    return <AccessDenied what="the tenant's users" why="Only tenant administrators and auditors see the organisation's people." />
  const manage = can(ctx.actor, 'tenant.manage', tenant)
  const query = tenantUsersQuery.parse(singleValues(await searchParams))
  const page = await tenantUsersPage(ctx.db, ctx.actor.tenantId, query)
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Users' }]}
        title="Users"
        badges={!manage && <ReadOnlyBadge />}
        description={`Everyone in ${ctx.tenant!.name}, their role and status here, and when they last signed in to it.`}
      />
      <TenantUsersTable {...page} query={query} manage={manage} currentUserId={ctx.user.id} tenantName={ctx.tenant!.name} />
    </div>
  )
}

export default withDocumentTitle(generateMetadata, TenantUsersPage)
