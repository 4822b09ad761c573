'use client'

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table'
import Link from 'next/link'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useMemo, useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { ColorDot } from '@/components/ui/color-dot'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format/date'
import type { WorkspaceRow } from '@/lib/workspaces/queries'
import { WorkspaceLifecycleActions, type LifecyclePermissions } from './lifecycle-actions'

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
})
const column = createColumnHelper<typeof features, WorkspaceRow>()

export const STATUS_FILTERS = { active: 'Active', archived: 'Archived', all: 'All' } as const
export type StatusFilter = keyof typeof STATUS_FILTERS

interface Props {
  workspaces: WorkspaceRow[]
  /** Per workspace, the lifecycle actions lib/authz allows the viewer; absent for read-only viewers. */
  permissions: Record<string, LifecyclePermissions> | null
}

export function WorkspacesTable({ workspaces, permissions }: Props) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const status = (params.get('status') ?? 'active') as StatusFilter
  const [search, setSearch] = useState(params.get('q') ?? '')
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }])

  // Filters live in the URL, so a filtered view can be bookmarked and shared.
  const setParam = (key: string, value: string, fallback: string) => {
    const next = new URLSearchParams(params)
    if (value === fallback) next.delete(key)
    else next.set(key, value)
    router.replace(`${pathname}${next.size ? `?${next}` : ''}`, { scroll: false })
  }

  const data = useMemo(
    () => (status === 'all' ? workspaces : workspaces.filter((w) => w.status === (status === 'active' ? 'ACTIVE' : 'ARCHIVED'))),
    [workspaces, status],
  )

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: 'Name',
          sortFn: 'alphanumeric',
          cell: ({ row }) => (
            <Link href={`/workspaces/${row.original.id}`} className="flex items-center gap-2 font-medium text-slate-900 hover:underline">
              <ColorDot color={row.original.color} size="sm" />
              {row.original.name}
            </Link>
          ),
        }),
        column.accessor('slug', {
          header: 'Slug',
          sortFn: 'alphanumeric',
          cell: ({ getValue }) => <span className="font-mono text-xs text-slate-600">{getValue()}</span>,
        }),
        column.accessor('status', {
          header: 'Status',
          enableGlobalFilter: false,
          cell: ({ row }) => (
            <span className="flex flex-wrap gap-1">
              {row.original.status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge>Archived</Badge>}
              {row.original.isDefault && <Badge tone="indigo">Default</Badge>}
            </span>
          ),
        }),
        column.accessor('memberCount', { header: 'Members', sortFn: 'basic', enableGlobalFilter: false }),
        column.accessor('environmentCount', { header: 'Environments', sortFn: 'basic', enableGlobalFilter: false }),
        column.accessor('createdAt', {
          header: 'Created',
          sortFn: 'datetime',
          enableGlobalFilter: false,
          cell: ({ getValue }) => <time dateTime={getValue()}>{formatDate(getValue())}</time>,
        }),
        ...(permissions
          ? [
              column.display({
                id: 'actions',
                header: () => <span className="sr-only">Actions</span>,
                cell: ({ row }) => <WorkspaceLifecycleActions workspace={row.original} allowed={permissions[row.original.id]!} compact />,
              }),
            ]
          : []),
      ]),
    [permissions],
  )

  const table = useTable({
    features,
    columns,
    data,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    onGlobalFilterChange: (updater) => setSearch((current) => (typeof updater === 'function' ? updater(current) : updater) ?? ''),
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (c) => c.id === 'name' || c.id === 'slug',
  })
  const rows = table.getRowModel().rows

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="workspace-search" className="block text-xs font-medium text-slate-600">
            Filter by name or slug
          </label>
          <input
            id="workspace-search"
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value)
              setParam('q', e.target.value, '')
            }}
            placeholder="e.g. marketing"
            className="mt-1 w-64 rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
          />
        </div>
        <div>
          <label htmlFor="workspace-status" className="block text-xs font-medium text-slate-600">
            Status
          </label>
          <select
            id="workspace-status"
            value={status}
            onChange={(e) => setParam('status', e.target.value, 'active')}
            className="mt-1 rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
          >
            {Object.entries(STATUS_FILTERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <p className="ml-auto text-sm text-slate-500" aria-live="polite">
          {rows.length} of {workspaces.length} workspaces
        </p>
      </div>
      <DataTable
        table={table}
        sortOf={(header) => ({
          sorted: header.column.getIsSorted(),
          onToggle: header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined,
        })}
        cellClassName="whitespace-nowrap px-4 py-3 align-top"
        rowClassName={(workspace) => (workspace.status === 'ARCHIVED' ? 'bg-slate-50/60 text-slate-500' : '')}
        empty={
          search
            ? `No ${status === 'all' ? '' : `${STATUS_FILTERS[status].toLowerCase()} `}workspace matches “${search}”.`
            : status === 'archived'
              ? 'No archived workspaces.'
              : 'No workspaces yet.'
        }
      />
    </div>
  )
}
