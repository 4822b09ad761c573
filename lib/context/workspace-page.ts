import { notFound, redirect } from 'next/navigation'
import { can, type Permission } from '@/lib/authz/permissions'
import { getDb } from '@/lib/db/client'
import { isEntityId } from '@/lib/validation'
import { getContext } from './index'

/**
 * Loads the workspace a page is about and what the viewer may do with it. Another
 * tenant's workspace (or a made-up id) is "not found", exactly like a missing one.
 */
export async function loadWorkspacePage(workspaceId: string) {
  const ctx = await getContext()
  if (!ctx) redirect('/login')
  // Without an active workspace the console shows the "no workspace" page.
  if (!ctx.workspace) redirect('/')
  if (!isEntityId(workspaceId)) notFound()
  const workspace = await getDb().workspace.findUnique({ where: { id: workspaceId } })
  if (!workspace || !ctx.actor || workspace.tenantId !== ctx.actor.tenantId) notFound()
  const resource = { tenantId: workspace.tenantId, workspaceId: workspace.id, archived: workspace.status === 'ARCHIVED' }
  const may = (permission: Permission) => can(ctx.actor!, permission, resource)
  return { ctx, workspace, may, readable: may('workspace.read') }
}
