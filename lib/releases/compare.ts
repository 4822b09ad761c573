import type { Db, Tx } from '@/lib/db/client'
import type { ReleaseChange, ResourceKind } from '@/lib/generated/prisma/enums'
import { liveContent, type ContentEntry } from '@/lib/resources/content-hash'
import { fieldDiff, sameSpec, type FieldChange } from '@/lib/resources/diff'
import { specName } from '@/lib/resources/kinds'

export type ComparisonStatus = ReleaseChange | 'unchanged'

/** One resource compared across two contents: the target's value against the proposed one. */
export interface ComparedResource {
  kind: ResourceKind
  key: string
  name: string
  status: ComparisonStatus
  /** The proposed spec (null: it would be removed). */
  proposed: unknown
  /** The target's current spec (null: it does not have it). */
  current: unknown
  changes: FieldChange[]
}

export const itemKey = (item: { kind: ResourceKind; key: string }) => `${item.kind}:${item.key}`

/** Every resource of either content, with what releasing `proposed` onto `current` would do. */
export function compareContents(proposed: readonly ContentEntry[], current: readonly ContentEntry[]): ComparedResource[] {
  const currentByKey = new Map(current.map((entry) => [itemKey(entry), entry]))
  const proposedByKey = new Map(proposed.map((entry) => [itemKey(entry), entry]))
  const keys = [...new Set([...proposedByKey.keys(), ...currentByKey.keys()])].sort()
  return keys.map((id) => {
    const next = proposedByKey.get(id)
    const now = currentByKey.get(id)
    const { kind, key } = (next ?? now)!
    const status: ComparisonStatus = !now ? 'new' : !next ? 'removed' : sameSpec(now.spec, next.spec) ? 'unchanged' : 'changed'
    return {
      kind,
      key,
      name: specName(next?.spec ?? now?.spec),
      status,
      proposed: next?.spec ?? null,
      current: now?.spec ?? null,
      changes: status === 'unchanged' ? [] : fieldDiff(kind, now?.spec ?? null, next?.spec ?? null),
    }
  })
}

/** An environment against its promotion target: what a release of everything would change. */
export async function compareEnvironments(db: Db | Tx, sourceId: string, targetId: string) {
  const [source, target] = await Promise.all([liveContent(db, sourceId), liveContent(db, targetId)])
  return compareContents(source, target)
}
