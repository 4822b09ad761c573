import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { liveContent, refreshContentHash } from '@/lib/resources/content-hash'
import { sameSpec } from '@/lib/resources/diff'
import { asSpec } from '@/lib/resources/kinds'
import { writeResource } from '@/lib/resources/write'
import { whileApplying } from '../apply'
import { releaseApplied, releaseMarkedStale, releaseNote } from '../audit-events'
import { itemKey } from '../compare'
import { releaseOf } from '../load'
import { approvalTally } from '../reviewers'
import { releaseTargetInput, REVIEW_RELEASES } from '../schema'
import { requireApprover, requireStatus } from '../workflow'

/**
 * Applies an approved release, under the tenant lock: if any resource it changes is no
 * longer what it was when the release was drafted, the release becomes stale (and is
 * refreshed by its author); otherwise its frozen specs are written as new revisions, it
 * gets the target's next number and becomes immutable.
 */
export const applyRelease = defineAction({
  name: 'release.apply',
  input: releaseTargetInput,
  ...REVIEW_RELEASES,
  async run(tx, scope) {
    const { release, target } = await releaseOf(tx, scope)
    requireStatus(release, ['approved'], 'applied')
    requireApprover(scope, release, target)
    const { counted, required } = await approvalTally(tx, release, target)
    if (counted < required) refuse('APPROVALS_MISSING')

    const items = await tx.releaseItem.findMany({ where: { releaseId: release.id }, orderBy: [{ kind: 'asc' }, { key: 'asc' }] })
    const current = new Map((await liveContent(tx, target.id)).map((entry) => [itemKey(entry), entry.spec]))
    const moved = items.filter((item) => !sameSpec(current.get(itemKey(item)) ?? null, item.baseSpec))
    if (moved.length > 0) {
      const stale = await tx.release.update({ where: { id: release.id }, data: { status: 'stale' } })
      scope.audit(releaseMarkedStale, releaseNote(stale, { changedSinceDraft: moved.map(itemKey) }))
      return { id: release.id, status: stale.status, number: null, changedSinceDraft: moved.map(itemKey) }
    }

    const { hash, content } = await whileApplying(tx, release.id, async () => {
      for (const item of items) {
        await writeResource(tx, target, {
          kind: item.kind,
          key: item.key,
          spec: asSpec(item.spec),
          authorId: scope.actor.userId,
          releaseId: release.id,
        })
      }
      return refreshContentHash(tx, target.id)
    })
    const last = await tx.release.aggregate({ where: { targetEnvironmentId: target.id }, _max: { number: true } })
    const number = (last._max.number ?? 0) + 1
    const applied = await tx.release.update({
      where: { id: release.id },
      data: {
        status: 'applied',
        number,
        appliedAt: new Date(),
        appliedById: scope.actor.userId,
        contentHash: hash,
        snapshot: content as unknown as Prisma.InputJsonValue,
      },
    })
    scope.audit(releaseApplied, releaseNote(applied, { to: target.slug, number, contentHash: hash, changes: items.map(itemKey) }))
    return { id: release.id, status: applied.status, number, changedSinceDraft: [] }
  },
})
