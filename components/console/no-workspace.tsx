import { CreateOrganisationForm } from '@/components/organisations/create-organisation-form'
import { LinkButton } from '@/components/ui/link-button'
import { ScheduledDeletions } from '@/components/organisations/scheduled-deletions'
import type { PageContext } from '@/lib/context'
import { accountOf } from '@/lib/context/account'
import { tenantAdministrators } from '@/lib/switcher/queries'
import { organisationCreationFor } from '@/lib/tenants/queries'

/**
 * What the console shows someone with no workspace to work in: in an organisation, whom to
 * ask; in none, the organisations of theirs that wait to be deleted, and making one of their
 * own (or asking for an invitation, where the instance lets only operators make them).
 */
export async function NoWorkspace({ ctx }: { ctx: PageContext }) {
  if (!ctx.tenant) return <NoOrganisation ctx={ctx} />
  const [admins, mayCreate] = await Promise.all([
    tenantAdministrators(ctx.db, ctx.tenant.id),
    organisationCreationFor(ctx.db, accountOf(ctx)).then((decision) => decision === 'ok'),
  ])
  return (
    <Panel>
      <h1 className="text-lg font-semibold">You have no workspace yet</h1>
      <p className="mt-2 text-sm text-slate-600">
        You are signed in to {ctx.tenant.name}, but you are not a member of any of its active workspaces.
      </p>
      {admins.length > 0 ? (
        <div className="mt-4 text-sm text-slate-700">
          <p>Ask a tenant administrator to add you to a workspace:</p>
          <ul className="mt-2 space-y-1">
            {admins.map((admin) => (
              <li key={admin.email}>
                {admin.name} ·{' '}
                <a href={`mailto:${admin.email}`} className="text-indigo-700 hover:underline">
                  {admin.email}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-700">Ask whoever gave you your account to add you to a workspace.</p>
      )}
      {mayCreate && (
        <div className="mt-6 border-t border-slate-100 pt-6 text-left">
          <h2 className="mb-4 text-sm font-semibold text-slate-900">Or start an organisation of your own</h2>
          <CreateOrganisationForm />
        </div>
      )}
    </Panel>
  )
}

async function NoOrganisation({ ctx }: { ctx: PageContext }) {
  const mayCreate = (await organisationCreationFor(ctx.db, accountOf(ctx))) === 'ok'
  const operator = ctx.user.isPlatformAdmin
  return (
    <Panel>
      {operator ? (
        <>
          <h1 className="text-lg font-semibold">No organisation open</h1>
          <p className="mt-2 text-sm text-slate-600">
            You run this instance from the platform console. Looking inside an organisation takes a support session it grants.
          </p>
          <LinkButton href="/platform" variant="primary" className="mt-4 inline-block">
            Open the platform console
          </LinkButton>
        </>
      ) : (
        <>
          <h1 className="text-lg font-semibold">{mayCreate ? 'Create your organisation' : 'You have no organisation to work in'}</h1>
          <p className="mt-2 text-sm text-slate-600">
            {mayCreate
              ? 'An organisation holds your team’s workspaces, people and keys. Make one, or ask a colleague to invite you to theirs.'
              : 'You do not belong to an organisation, or your access to yours was disabled or removed. Ask an administrator of your organisation to invite you.'}
          </p>
        </>
      )}
      {ctx.suspendedOrganisations.map((organisation) => (
        <div
          key={organisation.id}
          role="status"
          className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-left text-sm text-amber-900"
        >
          <p className="font-semibold">{organisation.name} is suspended by the platform’s operators.</p>
          <p className="mt-1 break-words">Reason: {organisation.reason}</p>
          <p className="mt-1">Its data is kept. Nobody can sign in to it until it is reactivated.</p>
        </div>
      ))}
      {ctx.scheduledDeletions.length > 0 && (
        <div className="mt-6">
          <ScheduledDeletions deletions={ctx.scheduledDeletions} />
        </div>
      )}
      {mayCreate && (
        <div className="mt-6 border-t border-slate-100 pt-6">
          {operator && <h2 className="mb-4 text-sm font-semibold text-slate-900">Or create an organisation of your own</h2>}
          <CreateOrganisationForm autoFocus={!operator} />
        </div>
      )}
    </Panel>
  )
}

function Panel({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto mt-8 max-w-lg rounded-lg border border-slate-200 bg-surface p-6 shadow-xs sm:mt-16 sm:p-8">{children}</div>
}
