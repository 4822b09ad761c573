import { NextResponse } from 'next/server'
import { getContext } from '@/lib/context'
import { refusalResponse } from '@/lib/http/refusal-response'

/** The caller's active workspace as the server resolves it now; open tabs compare it with what they show. */
export async function GET() {
  const ctx = await getContext()
  if (!ctx) return refusalResponse('UNAUTHENTICATED')
  const workspace = ctx.workspace ? { id: ctx.workspace.id, name: ctx.workspace.name } : null
  return NextResponse.json({ workspace }, { headers: { 'Cache-Control': 'no-store' } })
}
