import Link from 'next/link'
import { AUDIT_CATEGORIES, AUDIT_CATEGORY_NAMES } from '@/lib/audit-log/categories'
import type { AuditFilters } from '@/lib/audit-log/filters'
import type { auditFilterOptions } from '@/lib/audit-log/queries'

type Options = Awaited<ReturnType<typeof auditFilterOptions>>

// focus-within too: a date field's focus sits on its day, month and year parts inside it. At most
// the form's width: a select is as wide as its longest option (a long workspace name on a phone).
const SELECT =
  'mt-1 block max-w-full rounded-md border border-slate-300 bg-surface px-2.5 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600 focus-within:outline-2 focus-within:outline-indigo-600'

/** A plain GET form: the filters land in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFiltersForm({ filters, options }: { filters: AuditFilters; options: Options }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-surface p-4 shadow-xs">
      <FilterSelect
        label="Workspace"
        name="workspace"
        value={filters.workspace}
        any="All workspaces"
        choices={options.workspaces.map((w) => ({ value: w.id, label: `${w.name}${w.status === 'ARCHIVED' ? ' (archived)' : ''}` }))}
      />
      <label className="min-w-0 max-w-full text-xs font-medium text-slate-600">
        Actor
        <input
          type="search"
          name="actor"
          defaultValue={filters.actor ?? ''}
          placeholder="Name or email"
          autoComplete="off"
          maxLength={100}
          className={`${SELECT} w-44`}
        />
      </label>
      <FilterSelect
        label="Category"
        name="category"
        value={filters.category}
        any="All changes (no sign-ins)"
        choices={AUDIT_CATEGORY_NAMES.map((name) => ({ value: name, label: AUDIT_CATEGORIES[name].label }))}
      />
      {/* An exact action from a shared link stays applied until cleared. */}
      {filters.action && <input type="hidden" name="action" value={filters.action} />}
      <label className="min-w-0 max-w-full text-xs font-medium text-slate-600">
        From
        <input type="date" name="from" defaultValue={filters.from ?? ''} className={SELECT} />
      </label>
      <label className="min-w-0 max-w-full text-xs font-medium text-slate-600">
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

function FilterSelect({
  label,
  name,
  value,
  any,
  choices,
}: {
  label: string
  name: string
  value?: string
  any: string
  choices: { value: string; label: string }[]
}) {
  return (
    <label className="min-w-0 max-w-full text-xs font-medium text-slate-600">
      {label}
      <select name={name} defaultValue={value ?? ''} className={SELECT}>
        <option value="">{any}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}
