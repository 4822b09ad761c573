import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { releaseNote, releaseRefreshed } from '../audit-events'
import { itemKey } from '../compare'
import { releaseOf } from '../load'
import { freezeItems, proposal } from '../proposal'
import { PROPOSE_RELEASES, releaseTargetInput } from '../schema'
import { OPEN_RELEASE_STATUSES } from '../status'
import { requireAuthor, requireStatus, submittedStatus } from '../workflow'

/**
 * Re-freezes an open release against the current state of both sides (after the target
 * changed, it was stale). Its approvals are void: what reviewers approved has changed.
 */
export const refreshRelease = defineAction({
  name: 'release.refresh',
  input: releaseTargetInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, OPEN_RELEASE_STATUSES, 'refreshed')
    requireAuthor(scope, release, 'refresh')
    const picked = new Set((await tx.releaseItem.findMany({ where: { releaseId: release.id } })).map(itemKey))
    const changes = await proposal(tx, release, release.rollbackOfId ? undefined : picked)
    if (changes.length === 0)
      refuse('NOTHING_TO_RELEASE', 'Nothing left to release: the target already holds this content. Withdraw the release.')
    const voided = await tx.releaseApproval.deleteMany({ where: { releaseId: release.id } })
    const status = release.status === 'draft' ? 'draft' : submittedStatus(target)
    const updated = await tx.release.update({ where: { id: release.id }, data: { status } })
    await freezeItems(tx, updated, changes)
    scope.audit(releaseRefreshed, releaseNote(updated, { changes: changes.map(itemKey), approvalsVoided: voided.count }))
    return { id: release.id, status }
  },
})
