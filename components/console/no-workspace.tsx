import type { RequestContext } from '@/lib/context/resolve'

export function NoWorkspace({ ctx }: { ctx: RequestContext }) {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-white p-8 text-center shadow-xs">
      <h1 className="text-lg font-semibold">You have no workspace yet</h1>
      <p className="mt-2 text-sm text-slate-600">
        {ctx.tenant
          ? `You are signed in to ${ctx.tenant.name}, but you are not a member of any of its active workspaces.`
          : 'Your account does not belong to any tenant yet.'}{' '}
        Ask a tenant administrator to add you to a workspace.
      </p>
    </div>
  )
}
