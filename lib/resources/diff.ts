import { canonicalJson } from '@/lib/audit/canonical-json'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { asSpec, RESOURCE_KINDS } from './kinds'

/** One field that differs between two specs, in stored and readable form. */
export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
  /** For list fields: the items added and removed. */
  added?: string[]
  removed?: string[]
}

export function sameSpec(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null)
}

/** How a field's value reads to a person: Yes/No, a catalogue label, "—" for nothing. */
export function readableValue(kind: ResourceKind, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  const format = RESOURCE_KINDS[kind].formatValue?.[field]
  if (format) return format(value) || '—'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—'
  return String(value)
}

/**
 * The fields that differ between `before` and `after` (either may be absent: a new or a
 * removed resource), in the kind's reading order.
 */
export function fieldDiff(kind: ResourceKind, before: unknown, after: unknown): FieldChange[] {
  const from = asSpec(before) ?? {}
  const to = asSpec(after) ?? {}
  return Object.entries(RESOURCE_KINDS[kind].fields).flatMap(([field, label]) => {
    if (sameSpec(from[field], to[field])) return []
    const change: FieldChange = {
      field,
      label,
      before: asSpec(before) ? readableValue(kind, field, from[field]) : '—',
      after: asSpec(after) ? readableValue(kind, field, to[field]) : '—',
    }
    if (Array.isArray(from[field]) || Array.isArray(to[field])) {
      const list = (value: unknown) => (Array.isArray(value) ? value.map((item) => readableValue(kind, field, [item])) : [])
      const old = list(from[field])
      const next = list(to[field])
      change.added = next.filter((item) => !old.includes(item))
      change.removed = old.filter((item) => !next.includes(item))
    }
    return [change]
  })
}
