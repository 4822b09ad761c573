import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { supportEnded } from '@/lib/support/audit-events'
import { endOpenSessions } from '@/lib/support/service'
import { organisationSuspended } from '../audit-events'
import { suspendOrganisationInput } from '../schema'
import { lockedOrganisation } from './locked-organisation'

/**
 * An operator suspends an organisation, saying why: from the next request nobody enters it
 * (its people see the reason; operators' support sessions end), its API keys are refused and
 * no action completes in it; its data is kept.
 */
export const suspendOrganisation = defineAccountAction({
  name: 'platform.suspendOrganisation',
  input: suspendOrganisationInput,
  permission: 'platform.operate',
  async run(tx, { input, account, audit }) {
    const tenant = await lockedOrganisation(tx, input.tenantId)
    if (tenant.suspendedAt) refuse('CONFLICT', 'This organisation is already suspended.')
    await tx.tenant.update({
      where: { id: tenant.id },
      data: { suspendedAt: new Date(), suspendedReason: input.reason, suspendedById: account.userId },
    })
    audit(tenant.id, organisationSuspended, { targetId: tenant.id, data: { reason: input.reason } })
    // Nobody enters a suspended organisation, an operator's support session included.
    await endOpenSessions(tx, tenant.id, 'closed', account.userId, (note) => audit(tenant.id, supportEnded, note))
    return { tenantId: tenant.id }
  },
})
