import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { LinkButton } from '@/components/ui/link-button'
import { redirect } from 'next/navigation'
import { Suspense } from 'react'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { TableSkeleton } from '@/components/ui/table-skeleton'
import { WorkspacesTable } from '@/components/workspaces/workspaces-table'
import { can, type Actor } from '@/lib/authz/permissions'
import type { Db } from '@/lib/db/client'
import { getContext } from '@/lib/context'
import { lifecyclePermissions } from '@/lib/workspaces/lifecycle-permissions'
import { tenantWorkspacesPage, workspacesQuery, type WorkspacesQuery } from '@/lib/workspaces/queries'
import { singleValues } from '@/lib/listing/query'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Workspaces')

async function WorkspacesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const actor = ctx.actor
  const tenant = { tenantId: actor.tenantId }
  if (!can(actor, 'workspace.read', tenant))
    return (
      <AccessDenied
        what="the list of all workspaces"
        why="Only tenant administrators and auditors see every workspace. Yours are in the workspace switcher."
      />
    )

  const query = workspacesQuery.parse(singleValues(await searchParams))
  const mayCreate = can(actor, 'workspace.create', tenant)
  const managesLifecycle = can(actor, 'workspace.archive', tenant)

  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Workspaces' }]}
        title="Workspaces"
        badges={!managesLifecycle && !mayCreate && <ReadOnlyBadge />}
        description={`Every workspace of ${ctx.tenant!.name}. Exactly one is the default: people land in it when they sign in.`}
      >
        {mayCreate && (
          <LinkButton href="/workspaces/new" variant="primary">
            Create workspace
          </LinkButton>
        )}
      </PageHeader>
      <Suspense fallback={<TableSkeleton />}>
        <WorkspacesList db={ctx.db} actor={actor} query={query} />
      </Suspense>
    </div>
  )
}

async function WorkspacesList({ db, actor, query }: { db: Db; actor: Actor; query: WorkspacesQuery }) {
  const page = await tenantWorkspacesPage(db, actor.tenantId, query)
  const permissions = Object.fromEntries(page.rows.map((w) => [w.id, lifecyclePermissions(actor, { ...w, tenantId: actor.tenantId })]))
  const managesAny = Object.values(permissions).some((p) => p.archive || p.restore || p.setDefault)
  return <WorkspacesTable {...page} query={query} permissions={managesAny ? permissions : null} />
}

export default withDocumentTitle(generateMetadata, WorkspacesPage)
