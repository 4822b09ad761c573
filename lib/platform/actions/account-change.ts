import type { AccountActionScope } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { AccountCommandRefused, type RecordAccountChange } from '@/lib/accounts/service'
import type { Tx } from '@/lib/db/client'

/**
 * Runs an operator's change of an account (lib/accounts/service.ts, which the commands use
 * too), recording into the wrapper's audit, with the service's refusal as a conflict the
 * console shows, and the operator's address as who did it.
 */
export async function accountChange<T>(
  tx: Tx,
  scope: AccountActionScope<unknown>,
  change: (by: string, record: RecordAccountChange) => Promise<T>,
): Promise<T> {
  const operator = await tx.user.findUniqueOrThrow({ where: { id: scope.account.userId }, select: { email: true } })
  try {
    return await change(operator.email, (tenantId, event, note) => scope.audit(tenantId, event, note))
  } catch (error) {
    if (error instanceof AccountCommandRefused) refuse('CONFLICT', error.message)
    throw error
  }
}
