import type { Db } from '@/lib/db/client'
import type { ApiKeyCaller } from './caller'
import { hashApiKey, isWellFormedApiKey } from './token'

/** Requests one key may make per minute, counted in the database across every instance. */
export const API_REQUESTS_PER_MINUTE = 120
const MINUTE_MS = 60_000

export type Authentication =
  { ok: true; key: ApiKeyCaller } | { ok: false; status: 401 } | { ok: false; status: 429; retryAfterSeconds: number }

const UNAUTHORIZED = { ok: false, status: 401 } as const

/**
 * The key behind `Authorization: Bearer atr_…`, looked up on every request (no cache: a
 * revoked key fails on its very next request, on every instance). Missing, malformed,
 * unknown, revoked and expired keys, and those of an organisation scheduled for deletion or suspended,
 * get the same answer. A usable key's request is counted
 * against its per-minute limit, and its "last used" time moves at most once a minute.
 */
export async function authenticateApiKey(db: Db, authorization: string | null, now = new Date()): Promise<Authentication> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1]
  if (!token || !isWellFormedApiKey(token)) return UNAUTHORIZED
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiKey(token) },
    include: { tenant: { select: { deletionScheduledAt: true, suspendedAt: true } } },
  })
  // A key of an organisation scheduled for deletion, or suspended, is refused like a revoked one.
  if (!key || key.revokedAt || key.expiresAt <= now || key.tenant.deletionScheduledAt || key.tenant.suspendedAt) return UNAUTHORIZED

  // The database's clock decides the minute, so instances with skewed clocks count in the same window.
  const [window] = await db.$queryRaw<[{ count: number; secondsLeft: number }]>`
    INSERT INTO "ApiRateWindow" ("apiKeyId", "windowStart", "count") VALUES (${key.id}, date_trunc('minute', now() AT TIME ZONE 'UTC'), 1)
    ON CONFLICT ("apiKeyId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count", ceil(60 - extract(epoch FROM now() - date_trunc('minute', now())))::int AS "secondsLeft"`
  if (window.count === 1) {
    await db.$executeRaw`DELETE FROM "ApiRateWindow" WHERE "apiKeyId" = ${key.id} AND "windowStart" < (now() AT TIME ZONE 'UTC') - interval '2 minutes'`
  }
  if (window.count > API_REQUESTS_PER_MINUTE) return { ok: false, status: 429, retryAfterSeconds: Math.max(1, window.secondsLeft) }
  await db.apiKey.updateMany({
    where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - MINUTE_MS) } }] },
    data: { lastUsedAt: now },
  })
  const { id, name, start, tenantId, workspaceId, scopes, createdById } = key
  return { ok: true, key: { id, name, start, tenantId, workspaceId, scopes, createdById } }
}
