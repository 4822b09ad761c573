import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { readableValue, type FieldChange } from '@/lib/resources/diff'
import { asSpec, RESOURCE_KINDS } from '@/lib/resources/kinds'

/** A resource's fields, read-only (protected environments, viewers, auditors). */
export function SpecView({ kind, spec }: { kind: ResourceKind; spec: unknown }) {
  const values = asSpec(spec) ?? {}
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      {Object.entries(RESOURCE_KINDS[kind].fields).map(([field, label]) => (
        <div key={field} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-wrap break-words text-slate-900">{readableValue(kind, field, values[field])}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Field-by-field changes: what was there, and what replaces it. */
export function DiffList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-500">No field changed.</p>
  return (
    <ul className="space-y-2 text-sm">
      {changes.map((change) => (
        <li key={change.field} className="rounded-md border border-slate-200 p-2">
          <p className="font-medium text-slate-800">{change.label}</p>
          {change.added || change.removed ? (
            <p className="mt-1 flex flex-wrap gap-1">
              {change.removed?.map((item) => (
                <span key={`-${item}`} className="rounded bg-red-50 px-1.5 text-red-800 line-through">
                  {item}
                </span>
              ))}
              {change.added?.map((item) => (
                <span key={`+${item}`} className="rounded bg-green-50 px-1.5 text-green-800">
                  + {item}
                </span>
              ))}
            </p>
          ) : (
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              <p className="whitespace-pre-wrap break-words rounded bg-red-50 px-2 py-1 text-red-900">
                <span className="sr-only">Before: </span>
                {change.before}
              </p>
              <p className="whitespace-pre-wrap break-words rounded bg-green-50 px-2 py-1 text-green-900">
                <span className="sr-only">After: </span>
                {change.after}
              </p>
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
