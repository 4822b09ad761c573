import type { ReactNode } from 'react'
import { Breadcrumbs, type Crumb } from './breadcrumbs'

/** A page's title with the trail that leads to it, its description and its actions. */
export function PageHeader({
  trail,
  title,
  description,
  children,
}: {
  trail: Crumb[]
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
}) {
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <Breadcrumbs trail={trail} />
        <h1 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-2xl font-semibold text-slate-900">{title}</h1>
        {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      </div>
      {children}
    </header>
  )
}
