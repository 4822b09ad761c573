import { can, type Actor } from '@/lib/authz/permissions'
import type { Db } from '@/lib/db/client'

/**
 * The API keys a person may see on /settings/api-keys: all of the tenant's for those who
 * read keys tenant-wide, else those bound to the workspaces where they do; and the
 * workspaces they may make keys for. Never a key's hash.
 */
export async function apiKeysPage(db: Db, actor: Actor) {
  const tenant = { tenantId: actor.tenantId }
  const workspaces = await db.workspace.findMany({
    where: { tenantId: actor.tenantId, status: 'ACTIVE' },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
  const readsAll = can(actor, 'apiKeys.read', tenant)
  const readable = workspaces.filter((w) => can(actor, 'apiKeys.read', { ...tenant, workspaceId: w.id })).map((w) => w.id)
  const keys = await db.apiKey.findMany({
    where: { tenantId: actor.tenantId, ...(readsAll ? {} : { workspaceId: { in: readable } }) },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: {
      id: true,
      name: true,
      start: true,
      workspaceId: true,
      scopes: true,
      createdByOperator: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      replacedById: true,
      createdBy: { select: { name: true } },
      workspace: { select: { id: true, tenantId: true, name: true, status: true } },
    },
  })
  return {
    keys,
    /** Where this person may make keys: '' (every workspace) first when they may make tenant-wide ones. */
    bindings: [
      ...(can(actor, 'apiKeys.manage', tenant) ? [{ id: '', name: 'Every workspace of the tenant' }] : []),
      ...workspaces.filter((w) => can(actor, 'apiKeys.manage', { ...tenant, workspaceId: w.id })),
    ],
  }
}

export type ApiKeyRow = Awaited<ReturnType<typeof apiKeysPage>>['keys'][number]

/** "replaced": rotated, and working only until its grace period ends. */
export function keyStatus(
  key: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt' | 'replacedById'>,
  now = new Date(),
): 'active' | 'replaced' | 'revoked' | 'expired' {
  if (key.revokedAt) return 'revoked'
  if (key.expiresAt <= now) return 'expired'
  return key.replacedById ? 'replaced' : 'active'
}
