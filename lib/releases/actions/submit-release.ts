import { defineAction } from '@/lib/actions/define-action'
import { releaseNote, releaseSubmitted } from '../audit-events'
import { releaseOf } from '../load'
import { PROPOSE_RELEASES, releaseTargetInput } from '../schema'
import { requireAuthor, requireStatus, submittedStatus } from '../workflow'

/** Submits a draft for review (approved at once when its target requires no approval). */
export const submitRelease = defineAction({
  name: 'release.submit',
  input: releaseTargetInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, ['draft'], 'submitted')
    requireAuthor(scope, release, 'submit')
    const status = submittedStatus(target)
    const updated = await tx.release.update({ where: { id: release.id }, data: { status, submittedAt: new Date() } })
    scope.audit(releaseSubmitted, releaseNote(updated, {}))
    return { id: release.id, status }
  },
})
