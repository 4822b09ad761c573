import { defineAccountAction } from '@/lib/actions/define-account-action'
import { endAccountSessions as endSessions } from '@/lib/accounts/service'
import { accountInput } from '../schema'
import { accountChange } from './account-change'

/** An operator signs an account out everywhere: each of its sessions ends on its next request. */
export const endAccountSessions = defineAccountAction({
  name: 'platform.endAccountSessions',
  input: accountInput,
  permission: 'platform.operate',
  async run(tx, scope) {
    const { sessions } = await accountChange(tx, scope, (by, record) => endSessions(tx, { userId: scope.input.userId }, { by }, record))
    return { sessions }
  },
})
