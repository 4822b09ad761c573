import { defineAction } from '@/lib/actions/define-action'
import type { ReleaseStatus } from '@/lib/generated/prisma/enums'
import { releaseEdited, releaseNote } from '../audit-events'
import { releaseOf } from '../load'
import { PROPOSE_RELEASES, releaseNotes, releaseTargetInput, releaseTitle } from '../schema'
import { OPEN_RELEASE_STATUSES } from '../status'
import { requireAuthor, requireStatus, submittedStatus } from '../workflow'

export const editReleaseInput = releaseTargetInput.extend({ title: releaseTitle, notes: releaseNotes })

/** Edits a release's title and notes. A submitted release goes back to review: its approvals are void. */
export const editRelease = defineAction({
  name: 'release.edit',
  input: editReleaseInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, OPEN_RELEASE_STATUSES, 'edited')
    requireAuthor(scope, release, 'edit')
    const voided = await tx.releaseApproval.deleteMany({ where: { releaseId: release.id } })
    const status: ReleaseStatus = release.status === 'draft' || release.status === 'stale' ? release.status : submittedStatus(target)
    const updated = await tx.release.update({
      where: { id: release.id },
      data: { title: scope.input.title, notes: scope.input.notes, status },
    })
    scope.audit(releaseEdited, releaseNote(updated, { approvalsVoided: voided.count }))
    return { id: release.id, status, approvalsVoided: voided.count }
  },
})
