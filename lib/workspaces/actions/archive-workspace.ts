import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { workspaceArchived } from '../audit-events'
import { workspaceTargetInput } from '../schema'

export const archiveWorkspaceInput = workspaceTargetInput.extend({
  /** The workspace's slug (plain ASCII, unlike some names), typed by the person to confirm. */
  confirmSlug: z.string(),
})

/** Archives a workspace once its slug is typed; never the default one, nor the tenant's last active one. */
export const archiveWorkspace = defineAction({
  name: 'workspace.archive',
  input: archiveWorkspaceInput,
  permission: 'workspace.archive',
  workspaceId: (input) => input.workspaceId,
  async run(tx, scope) {
    const workspace = scope.workspace!
    if (scope.input.confirmSlug.trim() !== workspace.slug) {
      refuse('VALIDATION', undefined, { confirmSlug: [`Type ${workspace.slug} to confirm.`] })
    }
    if (workspace.isDefault) refuse('DEFAULT_WORKSPACE_CANNOT_BE_ARCHIVED')
    const active = await tx.workspace.count({ where: { tenantId: workspace.tenantId, status: 'ACTIVE' } })
    if (active <= 1) refuse('LAST_ACTIVE_WORKSPACE')
    const archived = await tx.workspace.update({
      where: { id: workspace.id },
      data: { status: 'ARCHIVED', archivedAt: new Date(), archivedById: scope.actor.userId },
    })
    scope.audit(workspaceArchived, {
      targetId: archived.id,
      workspaceId: archived.id,
      data: { name: archived.name, slug: archived.slug },
    })
    return { id: archived.id }
  },
})
