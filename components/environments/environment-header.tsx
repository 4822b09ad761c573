import type { ReactNode } from 'react'
import { workspaceTrail } from '@/components/console/breadcrumbs'
import { PageHeader } from '@/components/console/page-header'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { LinkButton } from '@/components/ui/link-button'
import type { Environment, Workspace } from '@/lib/generated/prisma/client'
import { EnvironmentPill } from './environment-pill'

export const environmentPath = (workspaceId: string, slug: string) => `/workspaces/${workspaceId}/environments/${slug}`

/**
 * The header of every environment page: where you are (organisation / workspace /
 * environment / page), the environment pill with its lock, and, on a protected one, the
 * way changes reach it.
 */
export function EnvironmentHeader({
  tenantName,
  workspace,
  environment,
  page,
  title,
  readOnly,
  source,
  mayPropose,
  children,
}: {
  tenantName: string
  workspace: Workspace
  environment: Environment
  page?: string
  title: ReactNode
  readOnly: boolean
  /** The environment that releases to this one, where its changes are made. */
  source: Environment | null
  mayPropose: boolean
  children?: ReactNode
}) {
  const base = environmentPath(workspace.id, environment.slug)
  const trail = [
    ...workspaceTrail(tenantName, workspace, environment.name).slice(0, 2),
    { label: environment.name, href: base },
    ...(page ? [{ label: page }] : []),
  ]
  return (
    <>
      <PageHeader
        trail={trail}
        title={
          <span className="flex flex-wrap items-center gap-2">
            {title} <EnvironmentPill environment={environment} /> {readOnly && <ReadOnlyBadge />}
          </span>
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
              {mayPropose && (
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
