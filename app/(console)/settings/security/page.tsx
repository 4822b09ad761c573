import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { TwoFactorRequirement } from '@/components/tenant-security/two-factor-requirement'
import { Card } from '@/components/ui/card'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { twoFactorAdoption } from '@/lib/two-factor/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Security')

/** The tenant's sign-in rules: whether everyone must use two-factor authentication. */
async function SecurityPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  if (!can(ctx.actor, 'tenant.manage', { tenantId: ctx.actor.tenantId }))
    return <AccessDenied what="the security settings" why="Only tenant administrators change how people of this organisation sign in." />
  const adoption = await twoFactorAdoption(ctx.db, ctx.actor.tenantId)
  return (
    <div className="max-w-3xl">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Security' }]}
        title="Security"
        description="How the people of this organisation sign in."
      />
      <Card title="Two-factor authentication">
        <p className="mb-4 text-sm text-slate-600">
          {adoption.enrolled} of {adoption.active} active {adoption.active === 1 ? 'person has' : 'people have'} set it up.
        </p>
        <TwoFactorRequirement required={adoption.required} withoutIt={adoption.active - adoption.enrolled} />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, SecurityPage)
