import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
import { can, workspaceResource, type Permission } from '@/lib/authz/permissions'
import { isEntityId } from '@/lib/validation'
import { getContext } from './index'

/**
 * Loads the workspace a page is about and what the viewer may do with it. Another
 * tenant's workspace (or a made-up id) is "not found", exactly like a missing one.
 * Cached per request: the page's title and the page itself load it once.
 */
export const loadWorkspacePage = cache(async (workspaceId: string) => {
  const ctx = await getContext()
  if (!ctx) redirect('/login')
  // Without an active workspace the console shows the "no workspace" page.
  if (!ctx.workspace) redirect('/')
  if (!isEntityId(workspaceId)) notFound()
  // The active workspace came with the request's context; any other is read once here.
  const workspace = workspaceId === ctx.workspace.id ? ctx.workspace : await ctx.db.workspace.findUnique({ where: { id: workspaceId } })
  if (!workspace || !ctx.actor || workspace.tenantId !== ctx.actor.tenantId) notFound()
  const resource = workspaceResource(workspace)
  const may = (permission: Permission) => can(ctx.actor!, permission, resource)
  return { ctx, workspace, may, readable: may('workspace.read') }
})

/** A workspace page's tab title, "Members · Marketing" (the workspace only for those who may read it). */
export async function workspacePageTitle(workspaceId: string, page: string): Promise<Metadata> {
  const { workspace, readable } = await loadWorkspacePage(workspaceId)
  return { title: readable ? `${page} · ${workspace.name}` : page }
}

/** An organisation page's tab title, "Users · Acme Corp". */
export async function organisationPageTitle(page: string): Promise<Metadata> {
  const tenant = (await getContext())?.tenant
  return { title: tenant ? `${page} · ${tenant.name}` : page }
}
