import type { ReactNode } from 'react'

export type SortDirection = 'asc' | 'desc' | false

/** A column header that sorts: a button with the direction shown, and aria-sort on its cell. */
export function SortableHeader({
  sorted,
  onToggle,
  children,
}: {
  sorted: SortDirection
  onToggle?: (event: unknown) => void
  children: ReactNode
}) {
  return (
    <th
      scope="col"
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      className="px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600"
    >
      {onToggle ? (
        <button type="button" onClick={onToggle} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
          {children}
          <span aria-hidden className="text-slate-400">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  )
}
