import type { ReactNode } from 'react'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { LinkButton } from '@/components/ui/link-button'
import { OtherWorkspaceNotice } from '@/components/workspaces/other-workspace-notice'
import type { EnvironmentPage } from '@/lib/context/environment-page'
import { environmentPath } from '@/lib/environments/paths'
import { EnvironmentPill } from './environment-pill'

/**
 * The header of every environment page: a notice when the tab shows another workspace than
 * the active one, where you are (organisation / workspace / environment / page), the environment pill with its lock, and, on a protected one, the
 * way changes reach it.
 */
export function EnvironmentHeader({
  at,
  page,
  title,
  readOnly,
  children,
}: {
  at: EnvironmentPage
  page?: string
  title: ReactNode
  readOnly: boolean
  children?: ReactNode
}) {
  const { workspace, environment, source } = at
  const trail = [
    ...workspaceTrail(at.ctx.tenant!.name, workspace, environment.name).slice(0, 2),
    { label: environment.name, href: at.base },
    ...(page ? [{ label: page }] : []),
  ]
  return (
    <>
      <OtherWorkspaceNotice ctx={at.ctx} workspace={workspace} />
      <PageHeader
        trail={trail}
        title={title}
        badges={
          <>
            <EnvironmentPill environment={environment} /> {readOnly && <ReadOnlyBadge />}
          </>
        }
        description={environment.description || undefined}
      >
        {children}
      </PageHeader>
      {environment.isProtected && (
        <div
          role="note"
          className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p>{environment.name} is protected: nothing here is edited directly. It changes only when a reviewed release is applied.</p>
          {source && (
            <span className="flex flex-wrap gap-2">
              <LinkButton href={environmentPath(workspace.id, source.slug)}>Edit in {source.name}</LinkButton>
              {at.mayPropose && (
                <LinkButton variant="primary" href={`${environmentPath(workspace.id, source.slug)}/compare`}>
                  Propose a release
                </LinkButton>
              )}
            </span>
          )}
        </div>
      )}
    </>
  )
}
