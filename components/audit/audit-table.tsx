'use client'

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import { Fragment, useState } from 'react'
import { formatDateTime } from '@/lib/format/date'
import type { AuditRow } from '@/lib/audit/queries'

const features = tableFeatures({})
const column = createColumnHelper<typeof features, AuditRow>()
const columns = column.columns([
  column.accessor('createdAt', {
    header: 'Time',
    cell: ({ getValue }) => <time dateTime={getValue()}>{formatDateTime(new Date(getValue()))}</time>,
  }),
  column.accessor('actorName', { header: 'Actor' }),
  column.accessor('description', { header: 'Action' }),
  column.accessor('target', { header: 'Target', cell: ({ getValue }) => <span className="font-mono text-xs">{getValue()}</span> }),
  column.accessor('workspaceName', { header: 'Workspace', cell: ({ getValue }) => getValue() ?? '—' }),
  column.accessor('seq', { header: '#', cell: ({ getValue }) => <span className="text-slate-500">#{getValue()}</span> }),
])

/** One page of audit entries (paginated on the server); each row expands to show the recorded data. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({})
  const table = useTable({ features, columns, data: rows })
  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-10 text-center text-sm text-slate-500">
        No audit entries match these filters.
      </p>
    )
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="w-10 px-2 py-2.5">
                <span className="sr-only">Details</span>
              </th>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className="px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600"
                >
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => {
            const open = expanded[row.id] ?? false
            return (
              <Fragment key={row.id}>
                <tr>
                  <td className="px-2 py-2.5 align-top">
                    <button
                      type="button"
                      aria-expanded={open}
                      aria-label={`${open ? 'Hide' : 'Show'} details of entry #${row.original.seq}`}
                      onClick={() => setExpanded((current) => ({ ...current, [row.id]: !open }))}
                      className="rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                    >
                      {open ? '▾' : '▸'}
                    </button>
                  </td>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2.5 align-top">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
                {open && (
                  <tr className="bg-slate-50">
                    <td />
                    <td colSpan={columns.length} className="px-3 py-3">
                      <p className="mb-1 text-xs text-slate-500">
                        {row.original.action} · from {row.original.ip ?? 'unknown address'}
                      </p>
                      <pre className="max-h-64 overflow-auto rounded bg-white p-3 text-xs text-slate-800 ring-1 ring-slate-200">
                        {JSON.stringify(row.original.data, null, 2)}
                      </pre>
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
