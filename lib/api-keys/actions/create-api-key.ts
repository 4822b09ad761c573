import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { calendarDay } from '@/lib/validation'
import { apiKeyCreated } from '../audit-events'
import { issueApiKey, keyCreatedNote, refuseScopesBeyondActor } from '../keys'
import { binding, DAY_MS, keyName, EXPIRY_CHOICES, MANAGE_API_KEYS, MAX_LIFETIME_DAYS, SCOPE_KEYS } from '../schema'

export const createApiKeyInput = z
  .object({
    name: keyName,
    workspaceId: binding,
    scopes: z.array(z.enum(SCOPE_KEYS)).min(1, 'Choose at least one scope.'),
    expiresIn: z.enum(Object.keys(EXPIRY_CHOICES) as [keyof typeof EXPIRY_CHOICES], { message: 'Choose when the key expires.' }),
    expiresOn: z.string().optional(),
  })
  .transform((input, context) => {
    const expiresAt = expiryOf(input.expiresIn, input.expiresOn)
    if (typeof expiresAt === 'string') {
      context.addIssue({ code: 'custom', path: ['expiresOn'], message: expiresAt })
      return z.NEVER
    }
    return { name: input.name, workspaceId: input.workspaceId, scopes: [...new Set(input.scopes)], expiresAt }
  })

/** When a key chosen to expire this way expires, or what is wrong with the date. */
function expiryOf(choice: keyof typeof EXPIRY_CHOICES, day: string | undefined, now = Date.now()): Date | string {
  if (choice !== 'date') return new Date(now + Number(choice) * DAY_MS)
  const parsed = calendarDay.safeParse(day ?? '')
  if (!parsed.success) return 'Enter the day it expires, as YYYY-MM-DD.'
  const endOfDay = new Date(`${parsed.data}T23:59:59.000Z`)
  if (endOfDay.getTime() <= now) return 'Choose a day after today.'
  if (endOfDay.getTime() > now + (MAX_LIFETIME_DAYS - 1) * DAY_MS)
    return `A key lives at most ${MAX_LIFETIME_DAYS} days: choose an earlier day.`
  return endOfDay
}

/** Makes an API key, bound to a workspace or to every one, with scopes no wider than its maker's; the key is shown once. */
export const createApiKey = defineAction({
  name: 'apiKey.create',
  input: createApiKeyInput,
  ...MANAGE_API_KEYS,
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
    audit(apiKeyCreated, keyCreatedNote(row))
    return { id: row.id, name: row.name, key }
  },
})
