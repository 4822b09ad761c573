import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { ConsoleShell } from '@/components/console/console-shell'
import { Sidebar } from '@/components/console/sidebar'
import { NoWorkspace } from '@/components/console/no-workspace'
import { DatabaseUnavailable } from '@/components/console/database-unavailable'
import { RenderedWorkspaceProvider } from '@/components/actions/rendered-workspace'
import { ActiveWorkspaceWatcher } from '@/components/switcher/active-workspace-watcher'
import { Toaster } from '@/components/ui/toaster'
import { SupportBannerOf } from '@/components/support/support-banner-of'
import { SupportNotice } from '@/components/support/support-notice'
import { can, mustSetUpTwoFactorFirst } from '@/lib/authz/permissions'
import { supportNotice } from '@/lib/support/queries'
import { getContext } from '@/lib/context'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const ctx = await getContext().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return 'unavailable' as const
    throw error
  })
  if (ctx === 'unavailable') return <DatabaseUnavailable />
  if (!ctx) redirect('/login')
  // Their tenant requires a second factor they do not have yet: that comes before anything else.
  if (mustSetUpTwoFactorFirst(ctx.actor)) redirect('/two-factor/setup')
  // Tenant admins are told on every page when an operator is inside or asks to come in.
  const notice =
    ctx.actor && can(ctx.actor, 'support.manage', { tenantId: ctx.actor.tenantId }) ? await supportNotice(ctx.db, ctx.actor.tenantId) : null
  return (
    <ConsoleShell sidebar={<Sidebar ctx={ctx} />} place={[ctx.tenant?.name, ctx.workspace?.name].filter(Boolean).join(' / ')}>
      <SupportBannerOf ctx={ctx} />
      {notice && <SupportNotice notice={notice} />}
      {ctx.workspace &&
        ctx.suspendedOrganisations.map((organisation) => (
          <p
            key={organisation.id}
            role="status"
            className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
          >
            {organisation.name} is suspended by the platform’s operators: {organisation.reason}
          </p>
        ))}
      {ctx.workspace ? (
        <RenderedWorkspaceProvider workspaceId={ctx.workspace.id}>
          <ActiveWorkspaceWatcher workspaceId={ctx.workspace.id} workspaceName={ctx.workspace.name} />
          {children}
        </RenderedWorkspaceProvider>
      ) : (
        <NoWorkspace ctx={ctx} />
      )}
      <Toaster />
    </ConsoleShell>
  )
}
