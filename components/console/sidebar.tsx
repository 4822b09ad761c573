import { ColorDot } from '@/components/ui/color-dot'
import { signOutAction } from '@/lib/auth/actions'
import type { RequestContext } from '@/lib/context/resolve'
import { NavLink } from './nav-link'
import { navItems } from './nav-items'

export function Sidebar({ ctx }: { ctx: RequestContext }) {
  const workspace = ctx.workspace
  return (
    <aside className="sticky top-0 flex h-screen w-64 shrink-0 flex-col border-r border-slate-200 bg-white">
      <div className="border-b border-slate-200 px-4 py-4">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{ctx.tenant?.name ?? 'Atrium'}</p>
        {workspace ? (
          <p className="mt-1 flex items-center gap-2 text-base font-semibold text-slate-900" data-testid="active-workspace">
            <ColorDot color={workspace.color} />
            <span className="truncate">{workspace.name}</span>
          </p>
        ) : (
          <p className="mt-1 text-sm text-slate-500">No workspace</p>
        )}
      </div>
      <nav aria-label="Main" className="flex-1 space-y-1 px-3 py-4">
        {navItems(ctx).map((item) => (
          <NavLink key={item.href} href={item.href}>
            {item.label}
          </NavLink>
        ))}
      </nav>
      <div className="border-t border-slate-200 px-4 py-4">
        <p className="truncate text-sm font-medium text-slate-900">{ctx.user.name}</p>
        <p className="truncate text-xs text-slate-500">{ctx.user.email}</p>
        <form action={signOutAction} className="mt-3">
          <button type="submit" className="text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
            Sign out
          </button>
        </form>
      </div>
    </aside>
  )
}
