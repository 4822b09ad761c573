import type { ReactNode } from 'react'

/** What a page shows instead of an empty list: what would be here, and how it gets here. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-surface px-4 py-10 text-center">
      <p className="text-sm font-medium text-slate-900">{title}</p>
      <div className="mt-1 text-sm text-slate-500">{children}</div>
    </div>
  )
}
