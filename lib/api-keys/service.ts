import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { AuditRecord } from '@/lib/audit/chain'
import { API_KEY_SCOPE_PERMISSIONS, can, type Actor } from '@/lib/authz/permissions'
import type { Tx } from '@/lib/db/client'
import type { ApiKeyScope } from '@/lib/generated/prisma/enums'
import { apiKeyTarget, createApiKeyInput, GRACE_MS, MAX_LIFETIME_DAYS, rotateApiKeyInput } from './schema'
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

export function keyCreatedAudit(
  row: { id: string; name: string; start: string; scopes: ApiKeyScope[]; expiresAt: Date; workspace: { name: string } | null },
  extra: object = {},
): AuditRecord {
  return {
    action: 'apiKey.created',
    targetType: 'apiKey',
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
function refuseScopesBeyondActor(actor: Actor, tenantId: string, workspaceId: string | null, scopes: ApiKeyScope[]) {
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

export const createApiKeyDefinition = defineAction({
  name: 'apiKey.create',
  input: createApiKeyInput,
  permission: 'apiKeys.manage',
  workspaceId: (input) => input.workspaceId || undefined,
  async run(tx, { input, actor, tenantId, workspace, audit }) {
    refuseScopesBeyondActor(actor, tenantId, workspace?.id ?? null, input.scopes)
    const { row, key } = await issueApiKey(tx, {
      tenantId,
      workspaceId: workspace?.id ?? null,
      name: input.name,
      scopes: input.scopes,
      expiresAt: input.expiresAt,
      createdById: actor.userId,
    })
    audit(keyCreatedAudit(row))
    return { id: row.id, name: row.name, key }
  },
})

/** The key the input names, among those the checked permission reaches: a workspace's own keys, or any of the tenant's. */
async function keyOf(tx: Tx, scope: ActionScope<{ apiKeyId: string }>) {
  const key = await tx.apiKey.findFirst({
    where: { id: scope.input.apiKeyId, tenantId: scope.tenantId, ...(scope.workspace ? { workspaceId: scope.workspace.id } : {}) },
    include: { workspace: { select: { name: true } } },
  })
  return key ?? refuse('NOT_FOUND', 'This API key was not found.')
}

export const revokeApiKeyDefinition = defineAction({
  name: 'apiKey.revoke',
  input: apiKeyTarget,
  permission: 'apiKeys.manage',
  workspaceId: (input) => input.workspaceId || undefined,
  async run(tx, scope) {
    const key = await keyOf(tx, scope)
    if (key.revokedAt) return { id: key.id }
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } })
    scope.audit({ action: 'apiKey.revoked', targetType: 'apiKey', targetId: key.id, data: { name: key.name, start: key.start } })
    return { id: key.id }
  },
})

/**
 * A new key with the same name, binding, scopes and lifetime, made by (and bounded by) the
 * person rotating; the old one stops now or after the chosen grace period.
 */
export const rotateApiKeyDefinition = defineAction({
  name: 'apiKey.rotate',
  input: rotateApiKeyInput,
  permission: 'apiKeys.manage',
  workspaceId: (input) => input.workspaceId || undefined,
  async run(tx, scope) {
    const { actor, tenantId, input, audit } = scope
    const old = await keyOf(tx, scope)
    const now = new Date()
    if (old.revokedAt || old.expiresAt <= now) refuse('API_KEY_INACTIVE')
    if (old.replacedById) refuse('API_KEY_INACTIVE', 'This key was already rotated: rotate its replacement instead.')
    refuseScopesBeyondActor(actor, tenantId, old.workspaceId, old.scopes)
    const lifetime = Math.min(old.expiresAt.getTime() - old.createdAt.getTime(), (MAX_LIFETIME_DAYS - 1) * 86_400_000)
    const { row, key } = await issueApiKey(tx, {
      tenantId,
      workspaceId: old.workspaceId,
      name: old.name,
      scopes: old.scopes,
      expiresAt: new Date(now.getTime() + lifetime),
      createdById: actor.userId,
    })
    const graceEnds = new Date(now.getTime() + GRACE_MS[input.grace])
    await tx.apiKey.update({
      where: { id: old.id },
      data: {
        replacedById: row.id,
        ...(input.grace === 'none' ? { revokedAt: now } : { expiresAt: graceEnds < old.expiresAt ? graceEnds : old.expiresAt }),
      },
    })
    audit(keyCreatedAudit(row, { replaces: old.start }))
    audit({
      action: 'apiKey.rotated',
      targetType: 'apiKey',
      targetId: old.id,
      data: {
        name: old.name,
        from: old.start,
        to: row.start,
        oldKeyStops: input.grace === 'none' ? now.toISOString() : graceEnds.toISOString(),
      },
    })
    return { id: row.id, name: row.name, key }
  },
})
