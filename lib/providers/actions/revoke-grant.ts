import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { entityId } from '@/lib/validation'
import { credentialGrantRevoked } from '../audit-events'
import { grantPlace } from '../credentials'
import { credentialTarget, MANAGE_CREDENTIALS } from '../schema'

export const revokeGrantInput = credentialTarget.extend({ workspaceId: entityId })

/** Takes a credential away from a workspace: nothing there may use it any more. */
export const revokeGrant = defineAction({
  name: 'credential.revokeGrant',
  input: revokeGrantInput,
  ...MANAGE_CREDENTIALS,
  async run(tx, scope) {
    const { credential, workspace } = await grantPlace(tx, scope)
    const { count } = await tx.providerGrant.deleteMany({ where: { credentialId: credential.id, workspaceId: workspace.id } })
    if (count === 0) refuse('NOT_FOUND', `${workspace.name} is not granted this credential.`)
    scope.audit(credentialGrantRevoked, {
      targetId: credential.id,
      data: { name: credential.name, workspace: workspace.name, workspaceId: workspace.id },
    })
    return { workspaceId: workspace.id }
  },
})
