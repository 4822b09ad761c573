import type { ReactNode } from 'react'

export interface Fact {
  term: string
  detail: ReactNode
}

/** Read-only facts, one per row (false or null leaves a row out): the term on the left, its value on the right (stacked on a phone). */
export function FactRows({ facts, className = '' }: { facts: (Fact | false | null)[]; className?: string }) {
  return (
    <dl className={`divide-y divide-slate-100 text-sm ${className}`}>
      {facts
        .filter((fact): fact is Fact => Boolean(fact))
        .map((fact) => (
          <div key={fact.term} className="flex flex-col gap-0.5 py-2 first:pt-0 last:pb-0 sm:flex-row sm:justify-between sm:gap-4">
            <dt className="text-slate-600">{fact.term}</dt>
            <dd className="text-slate-900 sm:text-right">{fact.detail}</dd>
          </div>
        ))}
    </dl>
  )
}
