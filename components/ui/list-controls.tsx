'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useState, type ReactNode } from 'react'
import { PAGE_SIZES, type ListQuery } from '@/lib/listing/query'

type Changes = Record<string, string | number | null>

/** Changes the list's URL (lib/listing): a value of null or '' removes the parameter; the server renders the new page. */
export function useListNavigation() {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  return (changes: Changes) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key)
      else next.set(key, String(value))
    }
    router.replace(`${pathname}${next.size ? `?${next}` : ''}`, { scroll: false })
  }
}

/**
 * For DataTable's `sortOf`: a column whose id is in `sortable` sorts on the server through
 * the URL (first click ascending, then toggling); others do not sort.
 */
export function serverSort<Sort extends string>(
  query: ListQuery<Sort>,
  sortable: Partial<Record<string, Sort>>,
  navigate: (changes: Changes) => void,
) {
  return (header: { column: { id: string } }): { sorted: false | 'asc' | 'desc'; onToggle?: () => void } => {
    const key = sortable[header.column.id]
    const sorted = key !== undefined && key === query.sort ? query.dir : false
    return { sorted, onToggle: key ? () => navigate({ sort: key, dir: sorted === 'asc' ? 'desc' : 'asc', page: null }) : undefined }
  }
}

/** The row above a list: search (debounced, back to page 1), filters the page adds, page size, and the count. */
export function ListToolbar({
  query,
  searchLabel,
  placeholder,
  noun,
  total,
  pages,
  children,
}: {
  query: ListQuery
  searchLabel: string
  placeholder: string
  /** Singular and plural, e.g. ['member', 'members']. */
  noun: [string, string]
  total: number
  pages: number
  children?: ReactNode
}) {
  const navigate = useListNavigation()
  const [search, setSearch] = useState(query.q)
  useEffect(() => {
    if (search.trim() === query.q) return
    const timer = setTimeout(() => navigate({ q: search.trim(), page: null }), 300)
    return () => clearTimeout(timer)
  })
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="text-xs font-medium text-slate-600">
        {searchLabel}
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={placeholder}
          className="mt-1 block w-64 max-w-full rounded-md border border-slate-300 bg-surface px-3 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
        />
      </label>
      {children}
      <label className="text-xs font-medium text-slate-600">
        Per page
        <select
          value={query.size}
          onChange={(event) => navigate({ size: event.target.value, page: null })}
          className="mt-1 block rounded-md border border-slate-300 bg-surface px-2 py-1.5 text-sm"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <p className="ml-auto text-sm text-slate-600" aria-live="polite">
        {total} {total === 1 ? noun[0] : noun[1]} · page {Math.min(query.page, pages)} of {pages}
      </p>
    </div>
  )
}

/** Previous and next page, through the URL. */
export function Pager({ query, pages }: { query: ListQuery; pages: number }) {
  const navigate = useListNavigation()
  if (pages <= 1 && query.page <= 1) return null
  return (
    <nav aria-label="Pages" className="flex justify-between text-sm">
      <button
        type="button"
        disabled={query.page <= 1}
        onClick={() => navigate({ page: Math.min(query.page - 1, pages) })}
        className="font-medium text-indigo-700 disabled:text-slate-400"
      >
        ← Previous
      </button>
      <button
        type="button"
        disabled={query.page >= pages}
        onClick={() => navigate({ page: query.page + 1 })}
        className="font-medium text-indigo-700 disabled:text-slate-400"
      >
        Next →
      </button>
    </nav>
  )
}
