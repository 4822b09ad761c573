import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { ConsoleShell } from '@/components/console/console-shell'
import { Sidebar } from '@/components/console/sidebar'
import { NoWorkspace } from '@/components/console/no-workspace'
import { DatabaseUnavailable } from '@/components/console/database-unavailable'
import { RenderedWorkspaceProvider } from '@/components/actions/rendered-workspace'
import { ActiveWorkspaceWatcher } from '@/components/switcher/active-workspace-watcher'
import { Toaster } from '@/components/ui/toaster'
import { mustSetUpTwoFactorFirst } from '@/lib/authz/permissions'
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
  return (
    <ConsoleShell sidebar={<Sidebar ctx={ctx} />} place={[ctx.tenant?.name, ctx.workspace?.name].filter(Boolean).join(' / ')}>
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
