import Link from 'next/link'
import type { AuditFilters } from '@/lib/audit/filters'
import type { auditFilterOptions } from '@/lib/audit/queries'

type Options = Awaited<ReturnType<typeof auditFilterOptions>>

const SELECT = 'mt-1 block rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600'

/** A plain GET form: the filters land in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFiltersForm({ filters, options }: { filters: AuditFilters; options: Options }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <label className="text-xs font-medium text-slate-600">
        Workspace
        <select name="workspace" defaultValue={filters.workspace ?? ''} className={SELECT}>
          <option value="">All workspaces</option>
          {options.workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
              {w.status === 'ARCHIVED' ? ' (archived)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        Actor
        <select name="actor" defaultValue={filters.actor ?? ''} className={SELECT}>
          <option value="">Anyone</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        Action
        <select name="action" defaultValue={filters.action ?? ''} className={SELECT}>
          <option value="">Any action</option>
          {options.actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        From
        <input type="date" name="from" defaultValue={filters.from ?? ''} className={SELECT} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        To
        <input type="date" name="to" defaultValue={filters.to ?? ''} className={SELECT} />
      </label>
      <button type="submit" className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-indigo-700">
        Apply filters
      </button>
      <Link href="/audit" className="px-2 py-2 text-sm font-medium text-slate-600 hover:text-slate-900">
        Clear
      </Link>
    </form>
  )
}
