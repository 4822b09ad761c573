import { NextResponse } from 'next/server'
import { getContext } from '@/lib/context'

/** The caller's active workspace as the server resolves it now; open tabs compare it with what they show. */
export async function GET() {
  const ctx = await getContext()
  if (!ctx) return NextResponse.json({ error: 'signed out' }, { status: 401 })
  const workspace = ctx.workspace ? { id: ctx.workspace.id, name: ctx.workspace.name } : null
  return NextResponse.json({ workspace }, { headers: { 'Cache-Control': 'no-store' } })
}
