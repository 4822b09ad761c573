import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ChangePasswordForm } from '@/components/account/change-password-form'
import { SessionList } from '@/components/account/session-list'
import { TwoFactorSettings } from '@/components/account/two-factor-settings'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { Card } from '@/components/ui/card'
import { ScheduledDeletions } from '@/components/organisations/scheduled-deletions'
import { FactRows } from '@/components/ui/fact-rows'
import { accountOverview } from '@/lib/accounts/queries'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Your account')

/** The signed-in person's own account: who they are, password, two-factor authentication, sessions. */
async function AccountPage() {
  const ctx = await getContext()
  if (!ctx) redirect('/login')
  const { twoFactor, sessions } = await accountOverview(ctx.db, ctx.user.id, ctx.sessionId)
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[...(ctx.tenant ? [{ label: ctx.tenant.name }] : []), { label: 'Your account' }]}
        title="Your account"
        description="Your sign-in, for every organisation you belong to."
      />
      {ctx.actor?.support && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          You are in {ctx.tenant?.name} as support: changes to your own account are not made from inside an organisation you support. End
          the session first.
        </p>
      )}
      <Card title="Profile">
        <FactRows
          facts={[
            { term: 'Name', detail: ctx.user.name },
            { term: 'Email', detail: ctx.user.email },
          ]}
        />
      </Card>
      <Card title="Password">
        <p className="mb-4 text-sm text-slate-600">Changing it signs out every other session.</p>
        <ChangePasswordForm />
      </Card>
      <Card title="Two-factor authentication">
        <TwoFactorSettings status={twoFactor} />
      </Card>
      {ctx.scheduledDeletions.length > 0 && (
        <Card title="Organisations">
          <ScheduledDeletions deletions={ctx.scheduledDeletions} />
        </Card>
      )}
      <Card title="Sessions">
        <p className="mb-4 text-sm text-slate-600">Where your account is signed in. Sign out any you do not recognise.</p>
        <SessionList sessions={sessions} />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, AccountPage)
