import type { Db } from './client'

/**
 * Whether this instance can serve: 200 once the database answers, 503 while it does not
 * (load balancers take the instance out, `npm start` waits). Says nothing about any tenant.
 */
export async function healthResponse(db: Db): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    await db.$queryRaw`SELECT 1`
    return Response.json({ ok: true }, { headers })
  } catch {
    return Response.json({ ok: false, message: 'The database is unavailable.' }, { status: 503, headers })
  }
}
