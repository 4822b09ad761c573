import Link from 'next/link'

export interface TabLink {
  href: string
  label: string
  count?: number
  current: boolean
}

/** Views of one page as links (each has its own URL), the current one marked. */
export function TabLinks({ label, tabs }: { label: string; tabs: TabLink[] }) {
  return (
    // On a narrow screen whole tabs wrap onto a second row; a label never breaks across lines.
    <nav aria-label={label} className="flex flex-wrap gap-x-1 shadow-[inset_0_-1px_0_var(--color-slate-200)]">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.current ? 'page' : undefined}
          scroll={false}
          className={`shrink-0 whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
            tab.current ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'
          }`}
        >
          {tab.label}
          {tab.count !== undefined && (
            <span className="ml-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{tab.count}</span>
          )}
        </Link>
      ))}
    </nav>
  )
}
