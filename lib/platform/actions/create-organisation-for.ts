import { defineAccountAction } from '@/lib/actions/define-account-action'
import { lockTenant } from '@/lib/db/tenant-lock'
import { invitationCreated } from '@/lib/invitations/audit-events'
import { handOverLink, issueLink } from '@/lib/invitations/link'
import { INVITATION_LIFETIME_MS, newInvitationToken } from '@/lib/invitations/token'
import { organisationCreated } from '@/lib/tenants/audit-events'
import { provisionOrganisation } from '@/lib/tenants/provision'
import { workspaceCreated } from '@/lib/workspaces/audit-events'
import { organisationForInput } from '../schema'

/**
 * An operator makes an organisation for someone: its General workspace, and an invitation
 * to its first tenant admin, mailed (or, without SMTP, shown once to the operator). The
 * operator joins nothing; the organisation counts against nobody's limit.
 */
export const createOrganisationFor = defineAccountAction({
  name: 'platform.createOrganisation',
  input: organisationForInput,
  permission: 'platform.operate',
  async run(tx, { input, account, audit, settings }) {
    const { tenant, firstWorkspace } = await provisionOrganisation(tx, { name: input.name, slug: input.slug, creatorId: null })
    await lockTenant(tx, tenant.id)
    const { token, tokenHash } = newInvitationToken()
    const invitation = await tx.invitation.create({
      data: {
        tenantId: tenant.id,
        workspaceId: firstWorkspace.workspaceId,
        email: input.adminEmail,
        role: 'workspace_admin',
        tenantRole: 'tenant_admin',
        tokenHash,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        invitedById: account.userId,
      },
    })
    const issued = await issueLink(tx, invitation, token, settings.appUrl)
    audit(tenant.id, organisationCreated, { targetId: tenant.id, data: { name: tenant.name, slug: tenant.slug } })
    audit(tenant.id, workspaceCreated, firstWorkspace)
    audit(tenant.id, invitationCreated, {
      targetId: invitation.id,
      workspaceId: firstWorkspace.workspaceId,
      data: { email: input.adminEmail, role: 'tenant_admin' },
    })
    return { organisationId: tenant.id, email: input.adminEmail, issued }
  },
  answer: handOverLink,
})
