import { defineAccountAction } from '@/lib/actions/define-account-action'
import { organisationDeletionCancelled } from '@/lib/tenants/audit-events'
import { clearDeletionSchedule } from '@/lib/tenants/deletion'
import { organisationInput } from '../schema'
import { lockedOrganisation } from './locked-organisation'

/** An operator cancels a scheduled deletion until its purge begins. */
export const cancelOrganisationDeletion = defineAccountAction({
  name: 'platform.cancelDeletion',
  input: organisationInput,
  permission: 'platform.operate',
  async run(tx, { input, audit }) {
    await lockedOrganisation(tx, input.tenantId)
    const tenant = await clearDeletionSchedule(tx, input.tenantId)
    audit(tenant.id, organisationDeletionCancelled, { targetId: tenant.id, data: { name: tenant.name, slug: tenant.slug } })
    return { name: tenant.name }
  },
})
