import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { changeAccountStatus } from '@/lib/accounts/service'
import { supportEnded } from '@/lib/support/audit-events'
import { endOperatorSessions } from '@/lib/support/service'
import { setAccountStatusInput } from '../schema'
import { accountChange } from './account-change'

/**
 * An operator disables an account everywhere (every session ends) or re-enables it, as
 * `npm run user:status` does: never leaving an organisation without an active tenant admin.
 */
export const setAccountStatus = defineAccountAction({
  name: 'platform.setAccountStatus',
  input: setAccountStatusInput,
  permission: 'platform.operate',
  async run(tx, scope) {
    if (scope.input.userId === scope.account.userId) refuse('CONFLICT', 'You cannot disable your own account.')
    // A disabled operator keeps no request or session open.
    if (scope.input.status === 'DISABLED')
      await endOperatorSessions(tx, scope.input.userId, scope.account.userId, (tenantId, note) => scope.audit(tenantId, supportEnded, note))
    const { changed } = await accountChange(tx, scope, (by, record) =>
      changeAccountStatus(tx, { userId: scope.input.userId }, { status: scope.input.status, by }, record),
    )
    return { status: scope.input.status, changed }
  },
})
