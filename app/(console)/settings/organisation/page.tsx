import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { DeleteOrganisation } from '@/components/organisations/delete-organisation'
import { RenameOrganisationForm } from '@/components/organisations/rename-organisation-form'
import { Card } from '@/components/ui/card'
import { FactRows } from '@/components/ui/fact-rows'
import { can } from '@/lib/authz/permissions'
import { getConfig } from '@/lib/config'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { formatDate } from '@/lib/format/date'
import { plural } from '@/lib/format/plural'
import { organisationFacts } from '@/lib/tenants/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Organisation settings')

/** The organisation's name, its facts and its danger zone (tenant admins); auditors read. */
async function OrganisationSettingsPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const tenant = { tenantId: ctx.actor.tenantId }
  if (!can(ctx.actor, 'tenant.read', tenant))
    return <AccessDenied what="the organisation’s settings" why="Only tenant administrators and auditors see them." />
  const mayRename = can(ctx.actor, 'tenant.manage', tenant)
  const mayDelete = can(ctx.actor, 'tenant.delete', tenant)
  const facts = await organisationFacts(ctx.db, ctx.actor.tenantId)
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Settings' }]}
        title="Organisation settings"
        badges={!mayRename && <ReadOnlyBadge />}
        description="Its name, what it holds, and deleting it."
      />
      <Card title="Name">
        {mayRename ? <RenameOrganisationForm name={facts.name} /> : <p className="text-sm text-slate-900">{facts.name}</p>}
      </Card>
      <Card title="Facts">
        <FactRows
          facts={[
            { term: 'Slug', detail: <span className="font-mono">{facts.slug}</span> },
            { term: 'Created', detail: `${formatDate(facts.createdAt)}${facts.createdBy ? ` by ${facts.createdBy.name}` : ''}` },
            {
              term: 'Workspaces',
              detail: `${plural(facts.activeWorkspaces, 'active', 'active')}${facts.archivedWorkspaces ? `, ${facts.archivedWorkspaces} archived` : ''}`,
            },
            { term: 'People', detail: plural(facts.people, 'active person', 'active people') },
          ]}
        />
      </Card>
      {mayDelete && (
        <Card title="Danger zone" className="border-red-200">
          <div className="space-y-4 text-sm text-slate-700">
            <p>
              Deleting the organisation schedules it for deletion: nobody can sign in to it from then on, and after the waiting period
              everything in it is removed for good. People keep their accounts.
            </p>
            <p>
              Keep a copy of its history first:{' '}
              <Link
                href="/audit/export?category=everything"
                className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                prefetch={false}
              >
                export the audit log (CSV)
              </Link>
              .
            </p>
            <DeleteOrganisation
              organisation={{ name: facts.name, slug: facts.slug }}
              graceMs={getConfig().organisationDeletionGraceMs}
              hasTwoFactor={ctx.user.hasTwoFactor}
            />
          </div>
        </Card>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, OrganisationSettingsPage)
