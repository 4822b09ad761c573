import { defineAction } from '@/lib/actions/define-action'
import { organisationRenamed } from '../audit-events'
import { renameOrganisationInput } from '../schema'

/** A new name for the organisation (its slug stays: the database refuses a change). */
export const renameOrganisation = defineAction({
  name: 'organisation.rename',
  input: renameOrganisationInput,
  permission: 'tenant.manage',
  async run(tx, { input, tenantId, audit }) {
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } })
    if (before.name === input.name) return { name: input.name }
    await tx.tenant.update({ where: { id: tenantId }, data: { name: input.name } })
    audit(organisationRenamed, { targetId: tenantId, data: { before: before.name, after: input.name } })
    return { name: input.name }
  },
})
