import type { ReleaseChange } from '@/lib/generated/prisma/enums'
import type { Provenance } from './provenance'

/** "3 changed, 1 new, 1 removed": the counts of a comparison or a release, in that order. */
export function changeCounts(items: readonly { change: ReleaseChange }[]): string {
  const count = (change: ReleaseChange) => items.filter((item) => item.change === change).length
  return (
    [
      [count('changed'), 'changed'],
      [count('new'), 'new'],
      [count('removed'), 'removed'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ')
}

/**
 * Whether a change is the person's own work: they wrote its latest revision, and no rollback
 * brought it back (that content is someone's earlier release, not a change of theirs).
 * Compare ticks only these at first.
 */
export function isOwnChange(provenance: Provenance | undefined, userId: string): boolean {
  return Boolean(provenance && provenance.authorId === userId && provenance.release?.rollbackTo == null)
}

/** What a change's history says of it beside its badge: "Restored by rollback to #1", "Restores revision 2". */
export function changeMarks(provenance: Provenance | undefined): string[] {
  if (!provenance) return []
  if (provenance.release?.rollbackTo != null) return [`Restored by rollback to #${provenance.release.rollbackTo}`]
  if (provenance.restoredFrom !== null) return [`Restores revision ${provenance.restoredFrom}`]
  return []
}
