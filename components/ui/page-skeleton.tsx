import { TableSkeleton } from './table-skeleton'

/** What a console page shows while it loads: its header's shape, then cards or a table. */
export function PageSkeleton({ layout }: { layout: 'cards' | 'table' }) {
  return (
    <div role="status" aria-label="Loading the page" className="animate-pulse">
      <div className="mb-6 space-y-3">
        <div className="h-3 w-48 rounded bg-slate-200" />
        <div className="h-7 w-64 rounded bg-slate-200" />
        <div className="h-4 w-80 max-w-full rounded bg-slate-100" />
      </div>
      {layout === 'table' ? (
        <TableSkeleton rows={8} />
      ) : (
        <div className="grid gap-6 md:grid-cols-3">
          <div className="h-40 rounded-lg border border-slate-200 bg-surface md:col-span-2" />
          <div className="h-40 rounded-lg border border-slate-200 bg-surface" />
          <div className="h-48 rounded-lg border border-slate-200 bg-surface md:col-span-2" />
          <div className="h-48 rounded-lg border border-slate-200 bg-surface" />
        </div>
      )}
    </div>
  )
}
