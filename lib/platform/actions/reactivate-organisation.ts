import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { organisationReactivated } from '../audit-events'
import { organisationInput } from '../schema'
import { lockedOrganisation } from './locked-organisation'

/** An operator lifts a suspension: its people enter and act again from their next request. */
export const reactivateOrganisation = defineAccountAction({
  name: 'platform.reactivateOrganisation',
  input: organisationInput,
  permission: 'platform.operate',
  async run(tx, { input, audit }) {
    const tenant = await lockedOrganisation(tx, input.tenantId)
    if (!tenant.suspendedAt) refuse('CONFLICT', 'This organisation is not suspended.')
    await tx.tenant.update({ where: { id: tenant.id }, data: { suspendedAt: null, suspendedReason: null, suspendedById: null } })
    audit(tenant.id, organisationReactivated, { targetId: tenant.id, data: {} })
    return { tenantId: tenant.id }
  },
})
