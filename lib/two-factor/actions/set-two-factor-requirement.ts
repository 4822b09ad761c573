import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { tenantTwoFactorRequirementChanged } from '../audit-events'
import { hasTwoFactor, twoFactorAdoption } from '../queries'

export const setTwoFactorRequirementInput = z.object({ required: z.enum(['on', 'off']) })

/**
 * A tenant admin requires two-factor authentication for everyone in the tenant (those
 * without it are led to set it up before anything else), having set it up themselves.
 */
export const setTwoFactorRequirement = defineAction({
  name: 'tenant.setTwoFactorRequirement',
  input: setTwoFactorRequirementInput,
  permission: 'tenant.manage',
  async run(tx, { input, actor, tenantId, audit }) {
    const required = input.required === 'on'
    if (required && !(await hasTwoFactor(tx, actor.userId)))
      refuse('VALIDATION', 'Set up two-factor authentication for yourself first (your account page).')
    const adoption = await twoFactorAdoption(tx, tenantId)
    if (adoption.required === required) return { required, membersWithout: 0 }
    await tx.tenant.update({ where: { id: tenantId }, data: { requireTwoFactor: required } })
    const membersWithout = adoption.active - adoption.enrolled
    audit(tenantTwoFactorRequirementChanged, { targetId: tenantId, data: { required, membersWithout } })
    return { required, membersWithout }
  },
})
