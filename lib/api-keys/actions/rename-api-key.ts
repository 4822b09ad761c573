import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { apiKeyRenamed } from '../audit-events'
import { keyOf } from '../keys'
import { apiKeyTarget, keyName, MANAGE_API_KEYS } from '../schema'

export const renameApiKeyInput = apiKeyTarget.extend({ name: keyName })

/** Gives a key a new name (what it is for changes; the key itself does not). A revoked or expired key keeps its name. */
export const renameApiKey = defineAction({
  name: 'apiKey.rename',
  input: renameApiKeyInput,
  ...MANAGE_API_KEYS,
  async run(tx, scope) {
    const key = await keyOf(tx, scope)
    if (key.revokedAt || key.expiresAt <= new Date()) refuse('API_KEY_INACTIVE')
    const name = scope.input.name
    if (name === key.name) return { id: key.id, name }
    await tx.apiKey.update({ where: { id: key.id }, data: { name } })
    scope.audit(apiKeyRenamed, { targetId: key.id, data: { start: key.start, from: key.name, to: name } })
    return { id: key.id, name }
  },
})
