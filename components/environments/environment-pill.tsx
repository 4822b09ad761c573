/** Where a page is: the environment's name, with a lock when it is protected. */
export function EnvironmentPill({ environment }: { environment: { name: string; isProtected: boolean } }) {
  const tone = environment.isProtected ? 'bg-amber-50 text-amber-900 ring-amber-300' : 'bg-indigo-50 text-indigo-800 ring-indigo-200'
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>
      {environment.isProtected && (
        <svg aria-hidden viewBox="0 0 16 16" className="size-3 fill-current">
          <path d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
        </svg>
      )}
      {environment.name}
      {environment.isProtected && <span className="sr-only">(protected)</span>}
    </span>
  )
}
