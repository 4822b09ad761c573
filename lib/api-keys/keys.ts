import type { ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { API_KEY_SCOPE_PERMISSIONS, can, type Actor } from '@/lib/authz/permissions'
import type { Tx } from '@/lib/db/client'
import type { ApiKeyScope } from '@/lib/generated/prisma/enums'
import { hashApiKey, newApiKey, startOf } from './token'

/**
 * API keys (docs/architecture.md §12). The key is returned once, by the call that makes it;
 * only its hash and start are stored. A tenant-wide key needs a tenant-wide permission; a
 * key bound to a workspace, the permission in that workspace.
 */

export interface NewKey {
  tenantId: string
  workspaceId: string | null
  name: string
  scopes: ApiKeyScope[]
  expiresAt: Date
  createdById: string | null
  createdByOperator?: string
}

/** Stores a new key and returns it, the only time it exists outside the caller's hands. */
export async function issueApiKey(tx: Tx, fields: NewKey) {
  const key = newApiKey()
  const row = await tx.apiKey.create({
    data: { ...fields, start: startOf(key), secretHash: hashApiKey(key), createdAt: new Date() },
    include: { workspace: { select: { name: true } } },
  })
  return { row, key }
}

/** What the apiKey.created entry of a new key says (apiKeyCreated in ./audit-events). */
export function keyCreatedNote(
  row: { id: string; name: string; start: string; scopes: ApiKeyScope[]; expiresAt: Date; workspace: { name: string } | null },
  extra: { replaces?: string; by?: string } = {},
) {
  return {
    targetId: row.id,
    data: {
      name: row.name,
      start: row.start,
      scopes: row.scopes,
      workspace: row.workspace?.name ?? null,
      expiresAt: row.expiresAt.toISOString(),
      ...extra,
    },
  }
}

/** A key may carry a scope only if the person making it holds what the scope reaches, where the key works. */
export function refuseScopesBeyondActor(actor: Actor, tenantId: string, workspaceId: string | null, scopes: ApiKeyScope[]) {
  const resource = { tenantId, workspaceId: workspaceId ?? undefined }
  const beyond = scopes.filter((scope) => !API_KEY_SCOPE_PERMISSIONS[scope].every((permission) => can(actor, permission, resource)))
  if (beyond.length > 0) {
    refuse('VALIDATION', undefined, {
      scopes: [
        `You may not give a key the ${beyond.join(' and ')} scope${beyond.length > 1 ? 's' : ''} here: a key never does more than you can.`,
      ],
    })
  }
}

/** The key the input names, among those the checked permission reaches: a workspace's own keys, or any of the tenant's. */
export async function keyOf(tx: Tx, scope: ActionScope<{ apiKeyId: string }>) {
  const key = await tx.apiKey.findFirst({
    where: { id: scope.input.apiKeyId, tenantId: scope.tenantId, ...(scope.workspace ? { workspaceId: scope.workspace.id } : {}) },
    include: { workspace: { select: { name: true } } },
  })
  return key ?? refuse('NOT_FOUND', 'This API key was not found.')
}
