export function AccessDenied({ what }: { what: string }) {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-surface p-8 text-center shadow-xs">
      <h1 className="text-lg font-semibold">You do not have access to {what}</h1>
      <p className="mt-2 text-sm text-slate-600">Ask a tenant administrator or an admin of that workspace to add you.</p>
    </div>
  )
}
