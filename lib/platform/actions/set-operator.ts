import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { supportEnded } from '@/lib/support/audit-events'
import { endOperatorSessions } from '@/lib/support/service'
import { operatorAdded, operatorRemoved } from '../audit-events'
import { setOperatorInput } from '../schema'

/**
 * An operator makes another account an operator, or takes it back: never their own, never
 * the last one. Operator changes wait for each other on the instance's row (locksInstance),
 * taken before any account's, so two removing each other neither leave none nor deadlock.
 */
export const setOperator = defineAccountAction({
  name: 'platform.setOperator',
  input: setOperatorInput,
  permission: 'platform.operate',
  locksInstance: true,
  async run(tx, { input, account, audit }) {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: {
        id: true,
        email: true,
        status: true,
        isPlatformAdmin: true,
        emailVerifiedAt: true,
        twoFactor: { select: { confirmedAt: true } },
      },
    })
    if (!user) refuse('VALIDATION', undefined, { email: ['No account has this address.'] })
    if (user.id === account.userId) refuse('CONFLICT', 'You cannot change whether you are an operator: ask another operator.')
    const operator = input.operator === 'yes'
    if (user.isPlatformAdmin === operator) return { changed: false }
    // The console needs a second factor, and setting one up needs an organisation to be in: have it first.
    if (operator && (user.status !== 'ACTIVE' || !user.emailVerifiedAt || !user.twoFactor?.confirmedAt))
      refuse('VALIDATION', undefined, {
        email: ['Only an active account with a verified address and two-factor authentication can be an operator.'],
      })
    if (!operator && (await tx.user.count({ where: { isPlatformAdmin: true, status: 'ACTIVE', id: { not: user.id } } })) === 0)
      refuse('CONFLICT', 'This is the last active operator.')
    // An operator no more keeps no request or session open.
    if (!operator) await endOperatorSessions(tx, user.id, account.userId, (tenantId, note) => audit(tenantId, supportEnded, note))
    await tx.user.update({ where: { id: user.id }, data: { isPlatformAdmin: operator } })
    audit(null, operator ? operatorAdded : operatorRemoved, { targetId: user.id, data: { email: user.email } })
    return { changed: true }
  },
})
