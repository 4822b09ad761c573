import { defineAction } from '@/lib/actions/define-action'
import { workspaceDefaultSet } from '../audit-events'
import { workspaceTargetInput } from '../schema'

/** Makes a workspace the tenant's default (where people land), in place of the previous one. */
export const setDefaultWorkspace = defineAction({
  name: 'workspace.setDefault',
  input: workspaceTargetInput,
  permission: 'workspace.setDefault',
  workspaceId: (input) => input.workspaceId,
  async run(tx, scope) {
    const workspace = scope.workspace!
    if (workspace.isDefault) return { id: workspace.id }
    const previous = await tx.workspace.findFirst({ where: { tenantId: workspace.tenantId, isDefault: true } })
    // Clear the old default first: the partial unique index allows one default at a time.
    if (previous) await tx.workspace.update({ where: { id: previous.id }, data: { isDefault: false } })
    const updated = await tx.workspace.update({ where: { id: workspace.id }, data: { isDefault: true } })
    scope.audit(workspaceDefaultSet, {
      targetId: updated.id,
      workspaceId: updated.id,
      data: { name: updated.name, slug: updated.slug, previousDefault: previous?.name ?? null },
    })
    return { id: updated.id }
  },
})
