import { defineAccountAction } from '@/lib/actions/define-account-action'
import { tenantWorkspaceLimitChanged } from '@/lib/tenants/audit-events'
import { setWorkspaceLimitInput } from '../schema'
import { lockedOrganisation } from './locked-organisation'

/**
 * An operator raises or lowers an organisation's limit of active workspaces (as `npm run
 * tenant:workspace-limit` does). Lowering it below what is active archives nothing; no more
 * can be created or restored until they are fewer.
 */
export const setWorkspaceLimit = defineAccountAction({
  name: 'platform.setWorkspaceLimit',
  input: setWorkspaceLimitInput,
  permission: 'platform.operate',
  async run(tx, { input, account, audit }) {
    const tenant = await lockedOrganisation(tx, input.tenantId)
    if (tenant.workspaceLimit === input.limit) return { limit: input.limit, active: null }
    await tx.tenant.update({ where: { id: tenant.id }, data: { workspaceLimit: input.limit } })
    const operator = await tx.user.findUniqueOrThrow({ where: { id: account.userId }, select: { email: true } })
    audit(tenant.id, tenantWorkspaceLimitChanged, {
      targetId: tenant.id,
      data: { from: tenant.workspaceLimit, to: input.limit, by: operator.email },
    })
    const active = await tx.workspace.count({ where: { tenantId: tenant.id, status: 'ACTIVE' } })
    return { limit: input.limit, active }
  },
})
