import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { environmentOf } from '@/lib/environments/load'
import { entityId } from '@/lib/validation'
import { releaseDrafted, releaseNote, releaseSubmitted } from '../audit-events'
import { itemKey } from '../compare'
import { freezeItems, proposal } from '../proposal'
import { inWorkspace, PROPOSE_RELEASES, releaseNotes, releaseTitle } from '../schema'
import { submittedStatus } from '../workflow'

export const draftReleaseInput = inWorkspace.extend({
  sourceEnvironmentId: entityId,
  title: releaseTitle,
  notes: releaseNotes,
  /** The changes picked from a comparison, as "kind:key". */
  changes: z.array(z.string().max(80)).min(1, 'Pick at least one change to release.'),
  /** Submit for review at once rather than keep a draft. */
  submit: z.boolean().default(true),
})

/** Drafts a release of picked changes from an environment to its promotion target (submitted for review at once unless kept a draft). */
export const draftRelease = defineAction({
  name: 'release.draft',
  input: draftReleaseInput,
  ...PROPOSE_RELEASES,
  async run(tx, scope) {
    const source = await environmentOf(tx, scope, scope.input.sourceEnvironmentId)
    if (!source.releasesToId) return refuse('NO_PROMOTION_TARGET')
    const target = await tx.environment.findUniqueOrThrow({ where: { id: source.releasesToId } })
    const place = { sourceEnvironmentId: source.id, targetEnvironmentId: target.id, rollbackOfId: null }
    const changes = await proposal(tx, place, new Set(scope.input.changes))
    if (changes.length === 0) refuse('NOTHING_TO_RELEASE')
    const status = scope.input.submit ? submittedStatus(target) : 'draft'
    const release = await tx.release.create({
      data: {
        tenantId: source.tenantId,
        workspaceId: source.workspaceId,
        ...place,
        title: scope.input.title,
        notes: scope.input.notes,
        status,
        authorId: scope.actor.userId,
        submittedAt: scope.input.submit ? new Date() : null,
      },
    })
    await freezeItems(tx, release, changes)
    const note = releaseNote(release, { from: source.slug, to: target.slug, changes: changes.map(itemKey) })
    if (scope.input.submit) scope.audit(releaseSubmitted, note)
    else scope.audit(releaseDrafted, note)
    return { id: release.id, status, target: target.slug }
  },
})
