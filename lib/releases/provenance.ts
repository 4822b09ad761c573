import type { Db } from '@/lib/db/client'
import { itemKey } from './compare'

/**
 * Who made a resource what it is now in an environment, from its latest revision: who saved
 * it, or, when a release wrote it, who proposed that release (the person whose change it
 * carries on; `appliedBy` applied it).
 */
export interface Provenance {
  authorId: string | null
  authorName: string | null
  at: Date
  /** The release that wrote it, when one did; `rollbackTo` when that release was a rollback. */
  release: { number: number | null; rollbackTo: number | null; appliedBy: string | null } | null
  /** The revision it restores, when someone restored an earlier one. */
  restoredFrom: number | null
}

/**
 * The latest revision of every resource of an environment (deleted ones too), by "kind:key":
 * what Compare says of each change (who made it and when, and whether a rollback brought it).
 */
export async function latestRevisions(db: Db, environmentId: string): Promise<Map<string, Provenance>> {
  const resources = await db.resource.findMany({
    where: { environmentId },
    select: {
      kind: true,
      key: true,
      revisions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: {
          authorId: true,
          createdAt: true,
          restoredFrom: true,
          author: { select: { name: true } },
          release: {
            select: { number: true, authorId: true, author: { select: { name: true } }, rollbackOf: { select: { number: true } } },
          },
        },
      },
    },
  })
  return new Map(
    resources.flatMap(({ kind, key, revisions: [latest] }) =>
      latest
        ? [
            [
              itemKey({ kind, key }),
              {
                authorId: latest.release ? latest.release.authorId : latest.authorId,
                authorName: (latest.release ? latest.release.author : latest.author)?.name ?? null,
                at: latest.createdAt,
                release: latest.release && {
                  number: latest.release.number,
                  rollbackTo: latest.release.rollbackOf?.number ?? null,
                  appliedBy: latest.author?.name ?? null,
                },
                restoredFrom: latest.restoredFrom,
              },
            ] as const,
          ]
        : [],
    ),
  )
}
