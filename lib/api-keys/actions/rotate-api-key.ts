import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { apiKeyCreated, apiKeyRotated } from '../audit-events'
import { issueApiKey, keyCreatedNote, keyOf, refuseScopesBeyondActor } from '../keys'
import { apiKeyTarget, GRACE_CHOICES, GRACE_MS, MANAGE_API_KEYS, MAX_LIFETIME_DAYS } from '../schema'

export const rotateApiKeyInput = apiKeyTarget.extend({
  grace: z
    .enum(Object.keys(GRACE_CHOICES) as [keyof typeof GRACE_CHOICES], { message: 'Choose what happens to the old key.' })
    .default('none'),
})

/**
 * A new key with the same name, binding, scopes and lifetime, made by (and bounded by) the
 * person rotating; the old one stops now or after the chosen grace period.
 */
export const rotateApiKey = defineAction({
  name: 'apiKey.rotate',
  input: rotateApiKeyInput,
  ...MANAGE_API_KEYS,
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
    audit(apiKeyCreated, keyCreatedNote(row, { replaces: old.start }))
    audit(apiKeyRotated, {
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
