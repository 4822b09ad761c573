import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { supportEnded } from '@/lib/support/audit-events'
import { endOpenSessions } from '@/lib/support/service'
import { organisationDeletionScheduled } from '@/lib/tenants/audit-events'
import { markDeletionScheduled } from '@/lib/tenants/deletion'
import { requireCode } from '@/lib/two-factor/service'
import { scheduleOrganisationDeletionInput } from '../schema'
import { lockedOrganisation } from './locked-organisation'

/**
 * An operator schedules an organisation's deletion, as its tenant admins can (the same grace
 * period, purge and cancel; docs/architecture.md §14): its slug typed, and a fresh code.
 */
export const scheduleOrganisationDeletion = defineAccountAction({
  name: 'platform.scheduleDeletion',
  input: scheduleOrganisationDeletionInput,
  permission: 'platform.operate',
  async prepare(db, { input, account, settings, meta }) {
    const tenant = await db.tenant.findUnique({ where: { id: input.tenantId }, select: { slug: true } })
    if (!tenant) refuse('NOT_FOUND')
    if (input.confirmSlug !== tenant.slug) refuse('VALIDATION', undefined, { confirmSlug: [`Type ${tenant.slug} to confirm.`] })
    await requireCode(db, settings.encryptionKeys, account.userId, input.code, meta)
  },
  async run(tx, { input, account, settings, audit }) {
    const locked = await lockedOrganisation(tx, input.tenantId)
    if (locked.deletionScheduledAt) refuse('CONFLICT', 'This organisation is already scheduled for deletion.')
    const { tenant, dueAt } = await markDeletionScheduled(tx, locked.id, account.userId, settings.organisationDeletionGraceMs)
    await endOpenSessions(tx, tenant.id, 'closed', account.userId, (note) => audit(tenant.id, supportEnded, note))
    audit(tenant.id, organisationDeletionScheduled, {
      targetId: tenant.id,
      data: { name: tenant.name, slug: tenant.slug, dueAt: dueAt.toISOString() },
    })
    return { dueAt }
  },
})
