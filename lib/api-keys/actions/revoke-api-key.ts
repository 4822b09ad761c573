import { defineAction } from '@/lib/actions/define-action'
import { apiKeyRevoked } from '../audit-events'
import { keyOf } from '../keys'
import { apiKeyTarget, MANAGE_API_KEYS } from '../schema'

/** Stops a key now: its next request is refused. Already revoked, it changes nothing. */
export const revokeApiKey = defineAction({
  name: 'apiKey.revoke',
  input: apiKeyTarget,
  ...MANAGE_API_KEYS,
  async run(tx, scope) {
    const key = await keyOf(tx, scope)
    if (key.revokedAt) return { id: key.id }
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } })
    scope.audit(apiKeyRevoked, { targetId: key.id, data: { name: key.name, start: key.start } })
    return { id: key.id }
  },
})
