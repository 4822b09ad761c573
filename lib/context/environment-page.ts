import { notFound } from 'next/navigation'
import { cache } from 'react'
import { getDb } from '@/lib/db/client'
import { loadWorkspacePage } from './workspace-page'

/**
 * The workspace and environment a page under /workspaces/{id}/environments/{slug} is
 * about; an unknown slug is "not found", like another tenant's workspace.
 */
export const loadEnvironmentPage = cache(async (workspaceId: string, slug: string) => {
  const page = await loadWorkspacePage(workspaceId)
  const environment = await getDb().environment.findUnique({ where: { workspaceId_slug: { workspaceId: page.workspace.id, slug } } })
  if (!environment) notFound()
  const active = page.workspace.status === 'ACTIVE'
  return {
    ...page,
    environment,
    /** May write this environment's resources directly (never a protected one). */
    mayEdit: active && !environment.isProtected && page.may('resources.write'),
    mayPropose: active && page.may('releases.propose'),
  }
})
