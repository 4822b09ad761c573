import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import { workspaceCreated } from '../audit-events'
import { refuseAtWorkspaceLimit } from '../lifecycle'
import { provisionWorkspace } from '../provision'
import { workspaceColor, workspaceDescription, workspaceName, workspaceSlug } from '../schema'

export const SLUG_TAKEN = 'This slug is already used in this tenant'

export const createWorkspaceInput = z.object({
  name: workspaceName,
  slug: workspaceSlug,
  description: workspaceDescription.default(''),
  color: workspaceColor,
})

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0

function nameTaken(workspace: { name: string; status: string }): string {
  return workspace.status === 'ARCHIVED'
    ? `An archived workspace is named ${workspace.name}. Restore it, or choose another name.`
    : `A workspace named ${workspace.name} already exists. Choose another name.`
}

/** Creates a workspace with its standard environments and its creator as workspace admin, within the tenant's limit. */
export const createWorkspace = defineAction({
  name: 'workspace.create',
  input: createWorkspaceInput,
  permission: 'workspace.create',
  async run(tx, scope) {
    await refuseAtWorkspaceLimit(tx, scope.tenantId)
    const taken = await tx.workspace.findUnique({ where: { tenantId_slug: { tenantId: scope.tenantId, slug: scope.input.slug } } })
    // The same name gives the same slug: then the name is what to change, and the error says so there.
    if (taken && sameName(taken.name, scope.input.name)) refuse('VALIDATION', undefined, { name: [nameTaken(taken)] })
    if (taken) refuse('VALIDATION', undefined, { slug: [SLUG_TAKEN] })
    try {
      // An operator making it through a support session does not become its admin: nothing of theirs outlives the session.
      const creatorId = scope.actor.support ? null : scope.actor.userId
      const { workspace, audit } = await provisionWorkspace(tx, { tenantId: scope.tenantId, ...scope.input }, creatorId)
      scope.audit(workspaceCreated, audit)
      return { id: workspace.id, slug: workspace.slug }
    } catch (error) {
      // Should the lock ever be bypassed, the unique index still decides.
      if (isUniqueViolation(error)) refuse('VALIDATION', undefined, { slug: [SLUG_TAKEN] })
      throw error
    }
  },
})
