import { NextResponse } from 'next/server'
import { getDb } from '@/lib/db/client'

/**
 * Whether this instance can serve: it answers once the database answers (for load
 * balancers, and for `npm start`, which waits on it so that the first person to sign in
 * does not wait for the embedded database to open). Says nothing about any tenant.
 */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`
    return NextResponse.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return NextResponse.json({ ok: false }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
