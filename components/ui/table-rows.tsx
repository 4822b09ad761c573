import type { ReactNode } from 'react'

/** The body rows of a TanStack table: one <tr> per row, one <td> per cell. */
type CellOf<R extends { getAllCells(): unknown[] }> = ReturnType<R['getAllCells']>[number]

export function TableRows<R extends { id: string; getAllCells(): { id: string }[] }>({
  rows,
  renderCell,
  cellClassName = 'px-4 py-2.5',
  rowClassName,
}: {
  rows: R[]
  renderCell(cell: CellOf<R>): ReactNode
  cellClassName?: string
  rowClassName?(row: R): string
}) {
  return (
    <tbody className="divide-y divide-slate-100">
      {rows.map((row) => (
        <tr key={row.id} className={rowClassName?.(row)}>
          {row.getAllCells().map((cell) => (
            <td key={cell.id} className={cellClassName}>
              {renderCell(cell as CellOf<R>)}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}
