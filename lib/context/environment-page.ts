import { notFound } from 'next/navigation'
import { cache } from 'react'
import { environmentPath } from '@/lib/environments/paths'
import { loadWorkspacePage } from './workspace-page'

/**
 * The workspace and environment a page under /workspaces/{id}/environments/{slug} is
 * about, with its neighbours in the promotion order (one query: a workspace has a handful
 * of environments); an unknown slug is "not found", like another tenant's workspace.
 */
export const loadEnvironmentPage = cache(async (workspaceId: string, slug: string) => {
  const page = await loadWorkspacePage(workspaceId)
  const environments = await page.ctx.db.environment.findMany({
    where: { workspaceId: page.workspace.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  })
  const environment = environments.find((candidate) => candidate.slug === slug)
  if (!environment) notFound()
  return {
    ...page,
    environment,
    /** Every environment of the workspace, in order. */
    environments,
    base: environmentPath(page.workspace.id, environment.slug),
    /** The environment that releases into this one, where its changes are made. */
    source: environments.find((candidate) => candidate.releasesToId === environment.id) ?? null,
    /** The environment this one releases to. */
    target: environments.find((candidate) => candidate.id === environment.releasesToId) ?? null,
    /** May write this environment's resources directly (never a protected one; can() refuses writes to an archived workspace). */
    mayEdit: !environment.isProtected && page.may('resources.write'),
    mayPropose: page.may('releases.propose'),
  }
})

export type EnvironmentPage = Awaited<ReturnType<typeof loadEnvironmentPage>>
