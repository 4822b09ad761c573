import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { lockTenant } from '@/lib/db/tenant-lock'
import { requireCode } from '@/lib/two-factor/service'
import { supportRequested, supportStarted } from '../audit-events'
import { queueSupportRequestMail, sendQueued } from '../mail'
import { requestSupportInput } from '../schema'
import { sessionFacts, startedNow, withOperator } from '../service'

/**
 * An operator asks to look inside an organisation (docs/architecture.md §15): a reason, a
 * duration, read-only unless asked otherwise, and a fresh second-factor code. Where the
 * organisation allows read-only access it starts at once; otherwise its tenant admins are
 * told and decide. An organisation with support access off cannot be asked.
 */
export const requestSupport = defineAccountAction({
  name: 'support.request',
  input: requestSupportInput,
  permission: 'platform.operate',
  async prepare(db, { input, account, settings, meta }) {
    await requireCode(db, settings.encryptionKeys, account.userId, input.code, meta)
  },
  async run(tx, { input, account, audit, settings }) {
    const locked = await lockTenant(tx, input.tenantId)
    if (!locked) refuse('NOT_FOUND')
    if (locked.deletionScheduled) refuse('ORGANISATION_DELETION_SCHEDULED')
    if (locked.suspended) refuse('ORGANISATION_SUSPENDED')
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: input.tenantId },
      select: { name: true, supportAccess: true, supportReadWrite: true },
    })
    if (tenant.supportAccess === 'off') refuse('SUPPORT_ACCESS_OFF')
    if (input.mode === 'read_write' && !tenant.supportReadWrite)
      refuse('VALIDATION', undefined, { mode: ['This organisation does not allow read-write support sessions.'] })
    // A member (active or disabled by the organisation) is never let in as support instead.
    const member = await tx.tenantMembership.count({ where: { tenantId: input.tenantId, userId: account.userId } })
    if (member > 0) refuse('CONFLICT', 'You belong to this organisation: support access is for organisations you are not in.')
    const open = await tx.supportSession.count({
      where: { tenantId: input.tenantId, operatorId: account.userId, status: { in: ['requested', 'active'] } },
    })
    if (open > 0) refuse('CONFLICT', 'You already have an open request or session in this organisation.')

    const startsNow = input.mode === 'read_only' && tenant.supportAccess === 'allowed'
    const session = await tx.supportSession.create({
      data: {
        tenantId: input.tenantId,
        operatorId: account.userId,
        reason: input.reason,
        ticket: input.ticket ?? null,
        mode: input.mode,
        durationMinutes: input.durationMinutes,
        ...(startsNow ? startedNow(input) : {}),
      },
      include: withOperator,
    })
    const facts = sessionFacts(session)
    if (startsNow) {
      audit(input.tenantId, supportStarted, {
        targetId: session.id,
        data: { ...facts, endsAt: session.endsAt!.toISOString(), approved: false },
      })
      return { sessionId: session.id, status: session.status, organisation: tenant.name, deliveries: [] }
    }
    audit(input.tenantId, supportRequested, { targetId: session.id, data: facts })
    const deliveries = await queueSupportRequestMail(tx, settings.appUrl, {
      tenantId: input.tenantId,
      organisation: tenant.name,
      operator: facts.operator,
      reason: session.reason,
      minutes: session.durationMinutes,
      mode: session.mode,
    })
    return { sessionId: session.id, status: session.status, organisation: tenant.name, deliveries }
  },
  async answer({ deliveries, ...data }, { db, settings }) {
    await sendQueued(db, settings, deliveries)
    return data
  },
})
