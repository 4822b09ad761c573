import type { PageContext } from '@/lib/context'
import { tenantAdministrators } from '@/lib/switcher/queries'

export async function NoWorkspace({ ctx }: { ctx: PageContext }) {
  const admins = ctx.tenant ? await tenantAdministrators(ctx.db, ctx.tenant.id) : []
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-surface p-8 text-center shadow-xs">
      <h1 className="text-lg font-semibold">{ctx.tenant ? 'You have no workspace yet' : 'You have no organisation to work in'}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {ctx.tenant
          ? `You are signed in to ${ctx.tenant.name}, but you are not a member of any of its active workspaces.`
          : 'Your access to the organisations you belonged to has been disabled or removed, or you were never added to one.'}
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
        <p className="mt-4 text-sm text-slate-700">
          {ctx.tenant
            ? 'Ask whoever gave you your account to add you to a workspace.'
            : 'Ask an administrator of your organisation to restore your access.'}
        </p>
      )}
    </div>
  )
}
