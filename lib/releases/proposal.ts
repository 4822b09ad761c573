import type { Tx } from '@/lib/db/client'
import { nullableJson } from '@/lib/db/json'
import type { Release } from '@/lib/generated/prisma/client'
import { liveContent, type ContentEntry } from '@/lib/resources/content-hash'
import { compareContents, compareEnvironments, itemKey, type ComparedResource } from './compare'

/** The content a release proposes right now: the source's picked resources, or for a rollback the earlier snapshot. */
export async function proposal(
  tx: Tx,
  release: Pick<Release, 'sourceEnvironmentId' | 'targetEnvironmentId' | 'rollbackOfId'>,
  picked?: Set<string>,
) {
  if (release.rollbackOfId) {
    const earlier = await tx.release.findUniqueOrThrow({ where: { id: release.rollbackOfId } })
    const changes = compareContents(earlier.snapshot as unknown as ContentEntry[], await liveContent(tx, release.targetEnvironmentId))
    return changes.filter((change) => change.status !== 'unchanged')
  }
  const changes = await compareEnvironments(tx, release.sourceEnvironmentId, release.targetEnvironmentId)
  return changes.filter((change) => change.status !== 'unchanged' && (!picked || picked.has(itemKey(change))))
}

/** Freezes each change: the proposed spec and the target's spec as they are now. */
export async function freezeItems(tx: Tx, release: Release, changes: ComparedResource[]) {
  await tx.releaseItem.deleteMany({ where: { releaseId: release.id } })
  await tx.releaseItem.createMany({
    data: changes.map((change) => ({
      tenantId: release.tenantId,
      workspaceId: release.workspaceId,
      releaseId: release.id,
      kind: change.kind,
      key: change.key,
      change: change.status as 'new' | 'changed' | 'removed',
      spec: nullableJson(change.proposed),
      baseSpec: nullableJson(change.current),
    })),
  })
}
