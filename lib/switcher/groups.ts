import { can, type Actor } from '@/lib/authz/permissions'
import type { Workspace } from '@/lib/generated/prisma/client'

export interface SwitcherGroup {
  tenantId: string
  tenantName: string
  workspaces: { id: string; name: string; color: string; isDefault: boolean }[]
  /** Whether the user may create workspaces in this tenant. */
  canCreate: boolean
}

/** One tenant's entry in the switcher: the workspaces the actor may enter there, or null when there are none. */
export function switcherGroup(tenant: { id: string; name: string }, actor: Actor, enterable: Workspace[]): SwitcherGroup | null {
  if (enterable.length === 0) return null
  return {
    tenantId: tenant.id,
    tenantName: tenant.name,
    workspaces: enterable.map((w) => ({ id: w.id, name: w.name, color: w.color, isDefault: w.isDefault })),
    canCreate: can(actor, 'workspace.create', { tenantId: tenant.id }),
  }
}
