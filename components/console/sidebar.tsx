import { WorkspaceSwitcher } from '@/components/switcher/workspace-switcher'
import { signOutAction } from '@/lib/auth/server-actions'
import type { RequestContext } from '@/lib/context/resolve'
import { THEME_COOKIE, themeFrom } from '@/lib/theme'
import { cookies } from 'next/headers'
import { NavLink } from './nav-link'
import { UserMenu } from './user-menu'
import { navItems, type NavItem } from './nav-items'

export async function Sidebar({ ctx }: { ctx: RequestContext }) {
  const workspace = ctx.workspace
  const groups = workspace ? ctx.switcher : []
  const sections = navItems(ctx)
  return (
    <aside className="flex h-full flex-col overflow-y-auto border-r border-slate-200 bg-surface">
      <div className="border-b border-slate-200 px-4 py-4">
        <p className="px-2 text-xs font-medium uppercase tracking-wide text-slate-500">{ctx.tenant?.name ?? 'Atrium'}</p>
        {workspace ? (
          <div className="mt-1">
            <WorkspaceSwitcher
              active={{ id: workspace.id, name: workspace.name, color: workspace.color, tenantName: ctx.tenant!.name }}
              groups={groups}
              showTenants={groups.length > 1}
            />
          </div>
        ) : (
          <p className="mt-1 px-2 text-sm text-slate-500">No workspace</p>
        )}
      </div>
      <nav aria-label="Main" className="flex-1 space-y-4 px-3 py-4">
        <NavSection title={workspace ? workspace.name : 'Workspace'} items={sections.workspace} />
        <NavSection title={ctx.tenant?.name ?? 'Organisation'} items={sections.organisation} />
        <NavSection title="Platform" items={sections.platform} />
      </nav>
      <div className="border-t border-slate-200 px-2 py-2">
        <UserMenu
          name={ctx.user.name}
          email={ctx.user.email}
          theme={themeFrom((await cookies()).get(THEME_COOKIE)?.value)}
          signOut={signOutAction}
        />
      </div>
    </aside>
  )
}

/** One labelled group of the sidebar's links; nothing when the person may open none of them. */
function NavSection({ title, items }: { title: string; items: NavItem[] }) {
  if (items.length === 0) return null
  return (
    <div className="space-y-1">
      <h2 className="truncate px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {items.map((item) => (
        <NavLink key={item.href} href={item.href} nested={item.nested}>
          {item.label}
        </NavLink>
      ))}
    </div>
  )
}
