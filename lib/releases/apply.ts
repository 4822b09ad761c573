import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { type Prisma } from '@/lib/generated/prisma/client'
import { liveContent, refreshContentHash } from '@/lib/resources/content-hash'
import { sameSpec } from '@/lib/resources/diff'
import { asSpec } from '@/lib/resources/kinds'
import { writeResource } from '@/lib/resources/write'
import { itemKey } from './compare'
import { releaseTargetInput, type ReleaseTargetInput } from './schema'
import { countedApprovals } from './reviewers'
import { auditRelease, releaseOf, requireApprover, requireStatus } from './service'

/**
 * The one path that writes a protected environment: the trigger on Resource and
 * ResourceRevision lets a write through only while this transaction-local setting is on.
 */
async function whileApplying<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  await tx.$executeRaw`SELECT set_config('atrium.applying_release', 'on', true)`
  const result = await write()
  await tx.$executeRaw`SELECT set_config('atrium.applying_release', 'off', true)`
  return result
}

/**
 * Applies an approved release, under the tenant lock: if any resource it changes is no
 * longer what it was when the release was drafted, the release becomes stale (and is
 * refreshed by its author); otherwise its frozen specs are written as new revisions, it
 * gets the target's next number and becomes immutable.
 */
export async function applyRelease(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, ['approved'], 'applied')
  requireApprover(scope, release, target)
  if ((await countedApprovals(tx, release, target)) < target.requiredApprovals) refuse('APPROVALS_MISSING')

  const items = await tx.releaseItem.findMany({ where: { releaseId: release.id }, orderBy: [{ kind: 'asc' }, { key: 'asc' }] })
  const current = new Map((await liveContent(tx, target.id)).map((entry) => [itemKey(entry), entry.spec]))
  const moved = items.filter((item) => !sameSpec(current.get(itemKey(item)) ?? null, item.baseSpec))
  if (moved.length > 0) {
    const stale = await tx.release.update({ where: { id: release.id }, data: { status: 'stale' } })
    auditRelease(scope, 'release.markedStale', stale, { changedSinceDraft: moved.map(itemKey) })
    return { id: release.id, status: stale.status, number: null, changedSinceDraft: moved.map(itemKey) }
  }

  const { hash, content } = await whileApplying(tx, async () => {
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
  auditRelease(scope, 'release.applied', applied, { to: target.slug, number, contentHash: hash, changes: items.map(itemKey) })
  return { id: release.id, status: applied.status, number, changedSinceDraft: [] }
}

export const applyReleaseDefinition = defineAction({
  name: 'release.apply',
  input: releaseTargetInput,
  permission: 'releases.review',
  workspaceId: (input) => input.workspaceId,
  run: applyRelease,
})
