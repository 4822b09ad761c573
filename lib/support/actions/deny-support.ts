import { defineAction } from '@/lib/actions/define-action'
import { supportDenied } from '../audit-events'
import { supportSessionInput } from '../schema'
import { sessionFacts } from '../service'
import { requireWaiting, sessionOfTenant } from './decide'

/** A tenant admin turns a waiting request down: the operator never enters. */
export const denySupport = defineAction({
  name: 'support.deny',
  input: supportSessionInput,
  permission: 'support.manage',
  platformLog: true,
  async run(tx, { input, tenantId, actor, audit }) {
    const session = await sessionOfTenant(tx, tenantId, input.sessionId)
    requireWaiting(session)
    const now = new Date()
    await tx.supportSession.update({
      where: { id: session.id },
      data: { status: 'denied', decidedAt: now, decidedById: actor.userId, endedAt: now, endedById: actor.userId, endReason: 'denied' },
    })
    const { operator, reason } = sessionFacts(session)
    audit(supportDenied, { targetId: session.id, data: { operator, reason } })
    return { sessionId: session.id }
  },
})
