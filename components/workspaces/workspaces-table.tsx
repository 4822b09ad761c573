'use client'

import { createColumnHelper, useTable } from '@tanstack/react-table'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { ColorDot } from '@/components/ui/color-dot'
import { DataTable, plainFeatures } from '@/components/ui/data-table'
import { ListToolbar, Pager, serverSort, useListNavigation } from '@/components/ui/list-controls'
import { Truncated } from '@/components/ui/truncated'
import { formatDate } from '@/lib/format/date'
import { WORKSPACE_STATUS_FILTERS, type WorkspaceRow, type WorkspacesQuery } from '@/lib/workspaces/queries'
import { WorkspaceLifecycleActions, type LifecyclePermissions } from './lifecycle-actions'

const column = createColumnHelper<typeof plainFeatures, WorkspaceRow>()
const SORTABLE: Record<string, WorkspacesQuery['sort']> = { name: 'name', memberCount: 'members', createdAt: 'created' }

interface Props {
  rows: WorkspaceRow[]
  total: number
  pages: number
  query: WorkspacesQuery
  /** Per workspace, the lifecycle actions lib/authz allows the viewer; absent for read-only viewers. */
  permissions: Record<string, LifecyclePermissions> | null
}

/** The tenant's workspaces, searched, filtered by status, sorted and paged on the server (lib/listing). */
export function WorkspacesTable({ rows, total, pages, query, permissions }: Props) {
  const navigate = useListNavigation()
  const columns = column.columns([
    column.accessor('name', {
      header: 'Name',
      cell: ({ row }) => (
        <div className="flex items-start gap-2">
          <span className="mt-1.5 flex">
            <ColorDot color={row.original.color} size="sm" />
          </span>
          <div className="min-w-0">
            <Link href={`/workspaces/${row.original.id}`} className="font-medium text-slate-900 hover:underline">
              <Truncated text={row.original.name} max="max-w-[18rem]" />
            </Link>
            <Truncated text={row.original.slug} className="font-mono text-xs text-slate-600" max="max-w-[18rem]" />
          </div>
        </div>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          {row.original.status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge>Archived</Badge>}
          {row.original.isDefault && <Badge tone="indigo">Default</Badge>}
        </span>
      ),
    }),
    column.accessor('memberCount', { header: 'Members' }),
    column.accessor('environmentCount', { header: 'Environments' }),
    column.accessor('createdAt', {
      header: 'Created',
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
  ])
  const table = useTable({ features: plainFeatures, columns, data: rows })
  const statusWord = query.status === 'all' ? '' : `${WORKSPACE_STATUS_FILTERS[query.status].toLowerCase()} `

  return (
    <div className="space-y-4">
      <ListToolbar
        query={query}
        searchLabel="Filter by name or slug"
        placeholder="e.g. marketing"
        noun={[`${statusWord}workspace`, `${statusWord}workspaces`]}
        total={total}
        pages={pages}
      >
        <label className="text-xs font-medium text-slate-600">
          Status
          <select
            value={query.status}
            onChange={(event) => navigate({ status: event.target.value === 'active' ? null : event.target.value, page: null })}
            className="mt-1 block rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
          >
            {Object.entries(WORKSPACE_STATUS_FILTERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </ListToolbar>
      <DataTable
        table={table}
        sortOf={serverSort(query, SORTABLE, navigate)}
        cellClassName="whitespace-nowrap px-4 py-3 align-top"
        rowClassName={(workspace) => (workspace.status === 'ARCHIVED' ? 'bg-slate-50/60 text-slate-500' : '')}
        empty={
          query.q
            ? `No ${statusWord}workspace matches “${query.q}”.`
            : query.status === 'archived'
              ? 'No archived workspaces.'
              : 'No workspaces yet.'
        }
      />
      <Pager query={query} pages={pages} />
    </div>
  )
}
