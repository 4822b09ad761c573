import Link from 'next/link'

/** A page the viewer may not open: what it is, why not, and the way back to their workspace. */
export function AccessDenied({ what, why }: { what: string; why: string }) {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-surface p-8 text-center shadow-xs">
      <h1 className="text-lg font-semibold">You do not have access to {what}</h1>
      <p className="mt-2 text-sm text-slate-600">{why}</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
        Back to your workspace
      </Link>
    </div>
  )
}
