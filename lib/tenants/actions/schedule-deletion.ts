import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { requirePassword } from '@/lib/accounts/password'
import { supportEnded } from '@/lib/support/audit-events'
import { endOpenSessions } from '@/lib/support/service'
import { hasTwoFactor } from '@/lib/two-factor/queries'
import { organisationDeletionScheduled } from '../audit-events'
import { markDeletionScheduled } from '../deletion'
import { scheduleDeletionInput } from '../schema'

export const DELETION_NEEDS_TWO_FACTOR =
  'Set up two-factor authentication on your account first: deleting an organisation needs a tenant admin who has it.'

/**
 * Schedules the organisation's deletion, after its slug typed and the person's password:
 * under the tenant lock, so no action of the organisation completes after this commits
 * (the wrapper refuses every one but the cancel), its API keys are refused on their next
 * request, and its people's sessions move elsewhere. The purge runs once the grace period
 * has passed (lib/tenants/purge.ts).
 */
export const scheduleDeletion = defineAction({
  name: 'organisation.scheduleDeletion',
  input: scheduleDeletionInput,
  permission: 'tenant.delete',
  // Operators learn of it in the platform log, with the support sessions it ends.
  platformLog: true,
  async prepare(db, { input, actor, tenantId, meta }) {
    const { slug } = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true } })
    if (input.confirmSlug !== slug) refuse('VALIDATION', undefined, { confirmSlug: [`Type ${slug} to confirm.`] })
    if (!(await hasTwoFactor(db, actor.userId))) refuse('FORBIDDEN', DELETION_NEEDS_TWO_FACTOR)
    await requirePassword(db, actor.userId, input.password, { field: 'password', meta })
  },
  async run(tx, { actor, tenantId, settings, audit }) {
    const { tenant, dueAt } = await markDeletionScheduled(tx, tenantId, actor.userId, settings.organisationDeletionGraceMs)
    // Nobody enters it from now on, an operator's support session included.
    await endOpenSessions(tx, tenantId, 'closed', actor.userId, (note) => audit(supportEnded, note))
    audit(organisationDeletionScheduled, { targetId: tenantId, data: { name: tenant.name, slug: tenant.slug, dueAt: dueAt.toISOString() } })
    return { dueAt }
  },
})
