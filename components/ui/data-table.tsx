'use client'

import {
  tableFeatures,
  type Cell,
  type ColumnHelper,
  type Header,
  type ReactTable,
  type RowData,
  type TableFeatures,
} from '@tanstack/react-table'
import { Fragment, useState, type ReactNode } from 'react'
import { SortableHeader, type SortDirection } from './sort-header'

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: ReactTable<TFeatures, TData>
  /** How a column sorts, when it does: its direction now and what toggles it. */
  sortOf?(header: Header<TFeatures, TData, unknown>): { sorted: SortDirection; onToggle?: (event: unknown) => void }
  /** Rows that expand: the toggle's accessible name and what the expanded row shows. */
  detail?: { label(row: TData, open: boolean): string; render(row: TData): ReactNode }
  /** Shown under the header when there are no rows. */
  empty?: ReactNode
  cellClassName?: string
  rowClassName?(row: TData): string
}

/**
 * A cell's content from its column's `cell` render function. Called, not mounted as a
 * component (TanStack's FlexRender mounts functions): our tables build their columns on
 * every render, and a new component type each render would remount every cell, losing its
 * state and focus (a role being chosen, the control that was just used).
 */
function renderCell<TFeatures extends TableFeatures, TData extends RowData>(cell: Cell<TFeatures, TData, unknown>): ReactNode {
  const render = cell.column.columnDef.cell
  return typeof render === 'function' ? (render(cell.getContext()) as ReactNode) : (render as ReactNode)
}

/** The one table shell: a bordered, horizontally scrolling table of a TanStack table's headers and rows. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  sortOf,
  detail,
  empty,
  cellClassName = 'px-4 py-2.5',
  rowClassName,
}: DataTableProps<TFeatures, TData>) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({})
  const rows = table.getRowModel().rows
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-surface shadow-xs">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {detail && (
                <th scope="col" className="w-10 px-2 py-2.5">
                  <span className="sr-only">Details</span>
                </th>
              )}
              {group.headers.map((header) => {
                const sort = sortOf?.(header)
                return (
                  <SortableHeader key={header.id} sorted={sort?.sorted ?? false} onToggle={sort?.onToggle}>
                    <table.FlexRender header={header} />
                  </SortableHeader>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const open = expanded[row.id] ?? false
            const cells = row.getAllCells()
            return (
              <Fragment key={row.id}>
                <tr className={rowClassName?.(row.original)}>
                  {detail && (
                    <td className="px-2 py-2.5 align-top">
                      <button
                        type="button"
                        aria-expanded={open}
                        aria-label={detail.label(row.original, open)}
                        onClick={() => setExpanded((current) => ({ ...current, [row.id]: !open }))}
                        className="rounded px-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
                      >
                        {open ? '▾' : '▸'}
                      </button>
                    </td>
                  )}
                  {cells.map((cell) => (
                    <td key={cell.id} className={cellClassName}>
                      {renderCell(cell)}
                    </td>
                  ))}
                </tr>
                {detail && open && (
                  <tr className="bg-slate-50">
                    <td />
                    <td colSpan={cells.length} className="px-3 py-3">
                      {detail.render(row.original)}
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
      {rows.length === 0 && empty && <p className="px-4 py-10 text-center text-sm text-slate-500">{empty}</p>}
    </div>
  )
}

/** The features of a table that sorts, filters and pages on the server, or not at all. */
export const plainFeatures = tableFeatures({})

/** The last column of a table whose rows have actions; `render` answers null for a row without any. */
export function actionsColumn<TData extends RowData>(helper: ColumnHelper<typeof plainFeatures, TData>, render: (row: TData) => ReactNode) {
  return helper.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => render(row.original) })
}
