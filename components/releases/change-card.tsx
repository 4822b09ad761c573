import type { ReactNode } from 'react'
import { DiffList, SpecView } from '@/components/resources/spec-view'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import type { ReleaseChange, ResourceKind } from '@/lib/generated/prisma/enums'
import type { FieldChange } from '@/lib/resources/diff'
import { resourceLabel } from '@/lib/resources/kinds'
import { ChangeBadge } from './badges'

export interface ChangeShown {
  kind: ResourceKind
  key: string
  name: string
  change: ReleaseChange
  /** The spec the change writes (a new item's content). */
  proposed: unknown
  changes: FieldChange[]
}

/**
 * One change of a comparison or a release: a new item's content once, a changed item's
 * fields before and after (side by side on wide screens, one above the other on phones),
 * a removal in words. `before` and `after` name the two sides: "Production now".
 */
export function ChangeCard({
  item,
  before,
  after,
  removal,
  byline,
  marks,
}: {
  item: ChangeShown
  before: string
  after: string
  /** What a removal means here: "Not in Staging: releasing removes it from Production." */
  removal: string
  /** Who made the change and when. */
  byline?: ReactNode
  /** Badges beside the change's own, e.g. "Restored by rollback #3". */
  marks?: string[]
}) {
  return (
    <Card
      title={
        <span className="flex flex-wrap items-center gap-2">
          <span>{resourceLabel(item.kind, item.name)}</span>
          <span className="font-mono text-xs font-normal text-slate-500">{item.key}</span>
          <ChangeBadge change={item.change} />
          {marks?.map((mark) => (
            <Badge key={mark} tone="indigo">
              {mark}
            </Badge>
          ))}
        </span>
      }
    >
      {byline && <p className="mb-3 text-xs text-slate-600">{byline}</p>}
      {item.change === 'new' ? (
        <SpecView kind={item.kind} spec={item.proposed} />
      ) : item.change === 'removed' ? (
        <p className="text-sm text-slate-600">{removal}</p>
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-500">
            <span className="font-medium text-red-800">Before</span>: {before}. <span className="font-medium text-green-800">After</span>:{' '}
            {after}.
          </p>
          <DiffList changes={item.changes} />
        </>
      )}
    </Card>
  )
}
