import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { readInstance } from '@/lib/db/instance'
import { plural } from '@/lib/format/plural'
import { workspaceCreated } from '@/lib/workspaces/audit-events'
import { organisationCreated } from '../audit-events'
import { provisionOrganisation } from '../provision'
import { newOrganisationInput } from '../schema'

/**
 * A signed-in person makes an organisation: they become its tenant admin, it gets its first
 * workspace. Within the instance's per-account limit, counted under the account's lock, so
 * parallel calls never pass it together.
 */
export const createOrganisation = defineAccountAction({
  name: 'organisation.create',
  input: newOrganisationInput,
  permission: 'organisation.create',
  async run(tx, { input, account, audit }) {
    const { organisationsPerAccount } = await readInstance(tx)
    const created = await tx.tenant.count({ where: { createdById: account.userId } })
    if (created >= organisationsPerAccount) {
      refuse(
        'ORGANISATION_LIMIT_REACHED',
        `One account may create ${plural(organisationsPerAccount, 'organisation', 'organisations')} on this instance, and you have ` +
          `created ${created}. Delete one you no longer use, or ask a platform operator.`,
      )
    }
    const { tenant, firstWorkspace } = await provisionOrganisation(tx, { name: input.name, slug: input.slug, creatorId: account.userId })
    audit(tenant.id, organisationCreated, { targetId: tenant.id, data: { name: tenant.name, slug: tenant.slug } })
    audit(tenant.id, workspaceCreated, firstWorkspace)
    return { organisationId: tenant.id, workspaceId: firstWorkspace.workspaceId }
  },
})
