import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { SupportAccessForm } from '@/components/support/support-access-form'
import { SupportSessionsList } from '@/components/support/support-sessions-list'
import { TwoFactorRequirement } from '@/components/tenant-security/two-factor-requirement'
import { Card } from '@/components/ui/card'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { supportAccessOf, supportSessionsIn } from '@/lib/support/queries'
import { twoFactorAdoption } from '@/lib/two-factor/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Security')

const POLICY_WORDS = {
  off: 'Off: the platform’s operators cannot look inside this organisation.',
  on_approval: 'On approval: an operator comes in only once a tenant admin approves their request.',
  allowed: 'Allowed: an operator may look inside, read-only, as soon as they ask.',
} as const

/**
 * The organisation's sign-in rules (tenant admins) and support access: everyone in it sees
 * whether the platform's operators may come in and who is in now; tenant admins decide.
 */
async function SecurityPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const tenant = { tenantId: ctx.actor.tenantId }
  const manage = can(ctx.actor, 'tenant.manage', tenant)
  const decide = can(ctx.actor, 'support.manage', tenant)
  const [adoption, access, sessions] = await Promise.all([
    manage ? twoFactorAdoption(ctx.db, ctx.actor.tenantId) : null,
    supportAccessOf(ctx.db, ctx.actor.tenantId),
    supportSessionsIn(ctx.db, ctx.actor.tenantId),
  ])
  const now = new Date()
  const open = sessions.filter((s) => s.status === 'requested' || (s.status === 'active' && s.endsAt! > now)).length
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Security' }]}
        title="Security"
        description="How the people of this organisation sign in, and who else may look inside."
      />
      {adoption && (
        <Card title="Two-factor authentication">
          <p className="mb-4 text-sm text-slate-600">
            {adoption.enrolled} of {adoption.active} active {adoption.active === 1 ? 'person has' : 'people have'} set it up.
          </p>
          <TwoFactorRequirement
            required={adoption.required}
            withoutIt={adoption.active - adoption.enrolled}
            ownSetUp={ctx.user.hasTwoFactor}
          />
        </Card>
      )}
      <Card title="Support access">
        <p className="mb-4 text-sm text-slate-600">
          The platform’s operators may need to look inside to help. Each session has a reason and an end, and every step is in this
          organisation’s audit log.
        </p>
        {decide ? (
          <SupportAccessForm policy={access.supportAccess} readWrite={access.supportReadWrite} open={open} />
        ) : (
          <p className="text-sm text-slate-800">{POLICY_WORDS[access.supportAccess]}</p>
        )}
      </Card>
      <Card title="Support sessions">
        <SupportSessionsList sessions={sessions} decide={decide} now={now} />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, SecurityPage)
