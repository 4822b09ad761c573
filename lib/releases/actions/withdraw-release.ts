import { defineAction } from '@/lib/actions/define-action'
import { releaseNote, releaseWithdrawn } from '../audit-events'
import { releaseOf } from '../load'
import { PROPOSE_RELEASES, releaseTargetInput } from '../schema'
import { OPEN_RELEASE_STATUSES } from '../status'
import { requireAuthor, requireStatus } from '../workflow'

/** Withdraws an open release: its author no longer proposes it. */
export const withdrawRelease = defineAction({
  name: 'release.withdraw',
  input: releaseTargetInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const { release } = await releaseOf(tx, scope)
    requireStatus(release, OPEN_RELEASE_STATUSES, 'withdrawn')
    requireAuthor(scope, release, 'withdraw')
    const updated = await tx.release.update({ where: { id: release.id }, data: { status: 'withdrawn' } })
    scope.audit(releaseWithdrawn, releaseNote(updated, {}))
    return { id: release.id, status: updated.status }
  },
})
