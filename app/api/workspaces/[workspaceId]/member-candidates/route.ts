import { NextResponse } from 'next/server'
import { can, workspaceResource } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { refusalResponse } from '@/lib/http/refusal-response'
import { memberCandidates } from '@/lib/members/queries'
import { isEntityId } from '@/lib/validation'

/** People who could be added to a workspace, for the add-member search (members.manage only). */
export async function GET(request: Request, { params }: { params: Promise<{ workspaceId: string }> }) {
  const ctx = await getContext()
  if (!ctx?.actor) return refusalResponse('UNAUTHENTICATED')
  const db = ctx.db
  const { workspaceId } = await params
  const workspace = isEntityId(workspaceId) ? await db.workspace.findUnique({ where: { id: workspaceId } }) : null
  if (!workspace || workspace.tenantId !== ctx.actor.tenantId) return refusalResponse('NOT_FOUND')
  if (!can(ctx.actor, 'members.manage', workspaceResource(workspace))) return refusalResponse('FORBIDDEN')
  const q = new URL(request.url).searchParams.get('q') ?? ''
  return NextResponse.json(
    { users: await memberCandidates(db, workspace.tenantId, workspace.id, q) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
