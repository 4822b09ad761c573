import type { Metadata } from 'next'
import Link from 'next/link'
import { LinkButton } from '@/components/ui/link-button'
import { PageHeader } from '@/components/console/page-header'
import { Card } from '@/components/ui/card'
import { RecentActivityCard } from '@/components/workspaces/activity-list'
import { EnvironmentList } from '@/components/workspaces/environment-list'
import { WorkspaceHeading } from '@/components/workspaces/workspace-heading'
import { loadWorkspacePage } from '@/lib/context/workspace-page'
import { getContext } from '@/lib/context'
import { getDb } from '@/lib/db/client'
import { workspaceOverview } from '@/lib/workspaces/queries'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function DashboardPage() {
  // Without an active workspace the console layout shows the "no workspace" page instead
  // (it renders in parallel with this page, so this page must not assume one).
  const active = (await getContext())?.workspace
  if (!active) return null
  const { ctx, workspace, may } = await loadWorkspacePage(active.id)
  const { environments, memberCount, activity } = await workspaceOverview(getDb(), workspace, { withActivity: may('audit.readWorkspace') })
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: workspace.name }, { label: 'Dashboard' }]}
        title={<WorkspaceHeading workspace={workspace} readOnly={!may('workspace.update')} />}
        description={
          <>
            <span className="font-mono text-xs text-slate-500">{workspace.slug}</span>
            {workspace.description && <p className="mt-2 max-w-2xl">{workspace.description}</p>}
          </>
        }
      >
        <LinkButton href={`/workspaces/${workspace.id}/settings`}>Workspace settings</LinkButton>
      </PageHeader>
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="Environments" className="md:col-span-2">
          <EnvironmentList environments={environments} />
        </Card>
        <Card title="Members">
          <p className="text-3xl font-semibold text-slate-900" data-testid="member-count">
            {memberCount}
          </p>
          <p className="text-sm text-slate-500">{memberCount === 1 ? 'member' : 'members'} in this workspace</p>
          <Link
            href={`/workspaces/${workspace.id}/members`}
            className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline"
          >
            View members
          </Link>
        </Card>
        <RecentActivityCard events={activity} />
      </div>
    </div>
  )
}
