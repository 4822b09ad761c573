import type { RequestContext } from '@/lib/context/resolve'
import { getDb } from '@/lib/db/client'
import { tenantAdministrators } from '@/lib/switcher/queries'

export async function NoWorkspace({ ctx }: { ctx: RequestContext }) {
  const admins = ctx.tenant ? await tenantAdministrators(getDb(), ctx.tenant.id) : []
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-white p-8 text-center shadow-xs">
      <h1 className="text-lg font-semibold">You have no workspace yet</h1>
      <p className="mt-2 text-sm text-slate-600">
        {ctx.tenant
          ? `You are signed in to ${ctx.tenant.name}, but you are not a member of any of its active workspaces.`
          : 'Your account does not belong to any tenant yet.'}
      </p>
      {admins.length > 0 ? (
        <div className="mt-4 text-sm text-slate-700">
          <p>Ask a tenant administrator to add you to a workspace:</p>
          <ul className="mt-2 space-y-1">
            {admins.map((admin) => (
              <li key={admin.email}>
                {admin.name} · <a href={`mailto:${admin.email}`} className="text-indigo-700 hover:underline">{admin.email}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-700">Ask whoever gave you your account to add you to a workspace.</p>
      )}
    </div>
  )
}
