import Link from 'next/link'

export interface Crumb {
  label: string
  href?: string
}

/** The trail of a page about one workspace: organisation / workspace / page (none for its overview). */
export function workspaceTrail(tenantName: string, workspace: { id: string; name: string }, page?: string): Crumb[] {
  return page
    ? [{ label: tenantName }, { label: workspace.name, href: `/workspaces/${workspace.id}` }, { label: page }]
    : [{ label: tenantName }, { label: workspace.name }, { label: 'Overview' }]
}

/** Where this page sits: organisation / workspace / page. The last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 min-w-0">
      <ol className="flex flex-wrap items-center gap-1 text-xs text-slate-500">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1
          return (
            <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-center gap-1">
              {crumb.href && !last ? (
                <Link href={crumb.href} className="truncate hover:text-slate-900 hover:underline">
                  {crumb.label}
                </Link>
              ) : (
                <span className="truncate" aria-current={last ? 'page' : undefined}>
                  {crumb.label}
                </span>
              )}
              {!last && <span aria-hidden>/</span>}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
