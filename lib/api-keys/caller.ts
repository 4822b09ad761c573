import type { Caller } from '@/lib/actions/caller'
import { operatorKeyActor, seesTenant, type Actor } from '@/lib/authz/permissions'
import { loadActor } from '@/lib/context/resolve'
import type { Db, Tx } from '@/lib/db/client'
import type { ApiKeyScope } from '@/lib/generated/prisma/enums'

/** A key that was found usable for this request (lib/api-keys/authenticate.ts). */
export interface ApiKeyCaller {
  id: string
  name: string
  start: string
  tenantId: string
  workspaceId: string | null
  scopes: ApiKeyScope[]
  createdById: string | null
}

/**
 * Who a key acts as in a tenant: its creator as they are now (a creator who left the
 * tenant, was disabled or lost a role takes the key down with them), narrowed to the key's
 * scopes and workspace by lib/authz. An operator's key reads only (operatorKeyActor).
 */
export async function keyActor(db: Db | Tx, key: ApiKeyCaller, tenantId: string): Promise<Actor | null> {
  if (key.tenantId !== tenantId) return null
  // Read again where it is used (inside an action's transaction too): a key revoked while a call waited for the tenant lock does not act.
  const now = await db.apiKey.findUnique({ where: { id: key.id }, select: { revokedAt: true, expiresAt: true } })
  if (!now || now.revokedAt || now.expiresAt <= new Date()) return null
  const bounds = { id: key.id, workspaceId: key.workspaceId, scopes: key.scopes }
  if (key.createdById) {
    const creator = await loadActor(db, key.createdById, tenantId)
    // A key never acts through its creator's support session: only a person at the console, under its banner, does.
    return creator && seesTenant(creator) && !creator.support ? { ...creator, apiKey: bounds } : null
  }
  return operatorKeyActor(tenantId, bounds)
}

/** A key as the caller of an action: it acts as keyActor says, and its entries name it. */
export function keyCaller(key: ApiKeyCaller): Caller {
  return {
    userId: key.createdById,
    tenantId: key.tenantId,
    sessionId: null,
    session: null,
    actorIn: (db, tenantId) => keyActor(db, key, tenantId),
    account: async () => null,
    stamp: (record) => ({ ...record, data: { ...record.data, apiKey: { id: key.id, name: key.name, start: key.start } } }),
  }
}
