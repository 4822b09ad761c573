import { defineAction } from '@/lib/actions/define-action'
import { organisationDeletionCancelled } from '../audit-events'
import { clearDeletionSchedule } from '../deletion'
import { organisationTargetInput } from '../schema'

/**
 * Cancels a scheduled deletion until the purge begins. It names the organisation (nobody is
 * inside one that waits to be deleted), and is the one action that completes there.
 */
export const cancelDeletion = defineAction({
  name: 'organisation.cancelDeletion',
  input: organisationTargetInput,
  permission: 'tenant.delete',
  tenantId: (input) => input.organisationId,
  whileDeletionScheduled: true,
  // As its scheduling, in the platform log too.
  platformLog: true,
  // Asked from outside the organisation (the no-organisation page, the account page): no tab shows it.
  staleTabCheck: false,
  async run(tx, { tenantId, audit }) {
    const tenant = await clearDeletionSchedule(tx, tenantId)
    audit(organisationDeletionCancelled, { targetId: tenantId, data: { name: tenant.name, slug: tenant.slug } })
    return { name: tenant.name }
  },
})
