import type { ReactNode } from 'react'
import { Breadcrumbs, type Crumb } from './breadcrumbs'

/**
 * A page's title with the trail that leads to it, its badges (beside the heading, not in it:
 * a screen reader reads the heading as its name alone), its description and its actions.
 */
export function PageHeader({
  trail,
  title,
  badges,
  description,
  children,
}: {
  trail: Crumb[]
  title: ReactNode
  badges?: ReactNode
  description?: ReactNode
  children?: ReactNode
}) {
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <Breadcrumbs trail={trail} />
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-2xl font-semibold text-slate-900">{title}</h1>
          {badges && <div className="flex flex-wrap items-center gap-2">{badges}</div>}
        </div>
        {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      </div>
      {children}
    </header>
  )
}
