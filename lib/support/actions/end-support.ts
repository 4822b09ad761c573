import { defineAccountAction } from '@/lib/actions/define-account-action'
import { refuse } from '@/lib/actions/errors'
import { lockTenant } from '@/lib/db/tenant-lock'
import { supportEnded } from '../audit-events'
import { supportSessionInput } from '../schema'
import { endSession, liveAt, sessionFacts, withOperator } from '../service'

/** The operator ends their own session ("End now"), or withdraws a request not yet answered. */
export const endSupport = defineAccountAction({
  name: 'support.end',
  input: supportSessionInput,
  permission: 'platform.operate',
  async run(tx, { input, account, audit }) {
    const session = await tx.supportSession.findFirst({ where: { id: input.sessionId, operatorId: account.userId }, include: withOperator })
    if (!session) refuse('NOT_FOUND')
    await lockTenant(tx, session.tenantId)
    // Past its end it has ended already, by the clock (the expiry sweep writes it down as expired).
    if (session.status === 'active' && !liveAt(session)) refuse('CONFLICT', 'This support session has already ended.')
    const endReason = session.status === 'requested' ? 'withdrawn' : 'operator'
    if (!(await endSession(tx, session, endReason, account.userId))) refuse('CONFLICT', 'This support session has already ended.')
    audit(session.tenantId, supportEnded, { targetId: session.id, data: { operator: sessionFacts(session).operator, endReason } })
    return { sessionId: session.id, endReason }
  },
})
