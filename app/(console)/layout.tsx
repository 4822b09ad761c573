import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'
import { Sidebar } from '@/components/console/sidebar'
import { NoWorkspace } from '@/components/console/no-workspace'
import { RenderedWorkspaceProvider } from '@/components/actions/rendered-workspace'
import { ActiveWorkspaceWatcher } from '@/components/switcher/active-workspace-watcher'
import { getContext } from '@/lib/context'

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const ctx = await getContext()
  if (!ctx) redirect('/login')
  return (
    <div className="flex min-h-screen">
      <Sidebar ctx={ctx} />
      <main className="min-w-0 flex-1 px-8 py-8">
        {ctx.workspace ? (
          <RenderedWorkspaceProvider workspaceId={ctx.workspace.id}>
            <ActiveWorkspaceWatcher workspaceId={ctx.workspace.id} workspaceName={ctx.workspace.name} />
            {children}
          </RenderedWorkspaceProvider>
        ) : (
          <NoWorkspace ctx={ctx} />
        )}
      </main>
    </div>
  )
}
