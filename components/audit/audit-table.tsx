'use client'

import Link from 'next/link'
import { createColumnHelper, useTable } from '@tanstack/react-table'
import { DataTable, plainFeatures } from '@/components/ui/data-table'
import { formatDateTime } from '@/lib/format/date'
import type { AuditRow } from '@/lib/audit-log/queries'

const column = createColumnHelper<typeof plainFeatures, AuditRow>()
// What happened comes first, as a sentence ("Ada Admin archived workspace Marketing"), so a
// phone shows it before the table has to scroll sideways; when and which entry come last.
const columns = column.columns([
  column.accessor('description', {
    header: 'What happened',
    cell: ({ row }) => (
      <span className="block min-w-[13rem]">
        <span className="font-medium text-slate-900">{row.original.actorName}</span> {row.original.description}
      </span>
    ),
  }),
  column.accessor('target', {
    header: 'Target',
    cell: ({ getValue }) => {
      const { label, href } = getValue()
      return href ? (
        <Link href={href} className="font-medium text-indigo-700 hover:underline">
          {label}
        </Link>
      ) : (
        label
      )
    },
  }),
  column.accessor('workspaceName', { header: 'Workspace', cell: ({ getValue }) => getValue() ?? '—' }),
  column.accessor('createdAt', {
    header: 'Time',
    cell: ({ getValue }) => (
      <time dateTime={getValue()} className="whitespace-nowrap text-slate-600">
        {formatDateTime(new Date(getValue()))}
      </time>
    ),
  }),
  column.accessor('seq', { header: '#', cell: ({ getValue }) => <span className="text-slate-500">#{getValue()}</span> }),
])

/** One page of audit entries (paginated on the server); each row expands to show the recorded data. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const table = useTable({ features: plainFeatures, columns, data: rows })
  return (
    <DataTable
      table={table}
      cellClassName="px-3 py-2.5 align-top"
      empty="No audit entries match these filters."
      detail={{
        label: (entry, open) => `${open ? 'Hide' : 'Show'} details of entry #${entry.seq}`,
        render: (entry) => (
          <>
            <p className="mb-1 text-xs text-slate-600">
              {entry.action} · {entry.targetType} {entry.targetId} · from {entry.ip ?? 'unknown address'}
            </p>
            <pre className="max-h-64 overflow-auto rounded bg-surface p-3 text-xs text-slate-800 ring-1 ring-slate-200">
              {JSON.stringify(entry.data, null, 2)}
            </pre>
          </>
        ),
      }}
    />
  )
}
