import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { workspaceRestored } from '../audit-events'
import { refuseAtWorkspaceLimit } from '../lifecycle'
import { workspaceTargetInput } from '../schema'

/** Makes an archived workspace active again, within the tenant's limit of active workspaces. */
export const restoreWorkspace = defineAction({
  name: 'workspace.restore',
  input: workspaceTargetInput,
  permission: 'workspace.restore',
  workspaceId: (input) => input.workspaceId,
  async run(tx, scope) {
    const workspace = scope.workspace!
    if (workspace.status === 'ACTIVE') refuse('CONFLICT', `${workspace.name} is not archived.`)
    await refuseAtWorkspaceLimit(tx, workspace.tenantId)
    const restored = await tx.workspace.update({
      where: { id: workspace.id },
      data: { status: 'ACTIVE', archivedAt: null, archivedById: null },
    })
    scope.audit(workspaceRestored, {
      targetId: restored.id,
      workspaceId: restored.id,
      data: { name: restored.name, slug: restored.slug },
    })
    return { id: restored.id }
  },
})
