import { z } from 'zod'
import { searchText } from '@/lib/validation'

/**
 * The one convention for list pages (members, users, workspaces): search, sort, direction,
 * page and page size live in the URL (`?q=&sort=&dir=&page=&size=`), are parsed here on the
 * server, and anything malformed falls back to the default rather than failing the page.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 25

export function listQuery<const Sort extends readonly [string, ...string[]]>(sorts: Sort) {
  return z.object({
    q: searchText().default('').catch(''),
    sort: z.enum(sorts).default(sorts[0]).catch(sorts[0]),
    dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
    page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
    size: z.coerce
      .number()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .default(DEFAULT_PAGE_SIZE)
      .catch(DEFAULT_PAGE_SIZE),
  })
}

/** What every list query shares, whatever its sort keys. */
export interface ListQuery<Sort extends string = string> {
  q: string
  sort: Sort
  dir: 'asc' | 'desc'
  page: number
  size: number
}

/** A page's search parameters as single strings (a repeated key keeps its first value). */
export function singleValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))
}

/** Rows to skip and take for the query's page. */
export const pageWindow = (query: ListQuery) => ({ skip: (query.page - 1) * query.size, take: query.size })

/** The number of pages for a total (at least one, so "page 1 of 1" reads right when empty). */
export const pageCount = (total: number, query: ListQuery) => Math.max(1, Math.ceil(total / query.size))

/** Case-insensitive "contains" on a person's name or email, the search every people list uses. */
export const personMatching = (q: string) =>
  q ? { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { email: { contains: q, mode: 'insensitive' as const } }] } : {}
