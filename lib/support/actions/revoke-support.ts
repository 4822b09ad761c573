import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { supportEnded } from '../audit-events'
import { supportSessionInput } from '../schema'
import { endSession, liveAt, sessionFacts } from '../service'
import { sessionOfTenant } from './decide'

/** A tenant admin ends an operator's live session: from their next request on, they are out. */
export const revokeSupport = defineAction({
  name: 'support.revoke',
  input: supportSessionInput,
  permission: 'support.manage',
  platformLog: true,
  async run(tx, { input, tenantId, actor, audit }) {
    const session = await sessionOfTenant(tx, tenantId, input.sessionId)
    if (!liveAt(session)) refuse('CONFLICT', 'This support session has already ended.')
    await endSession(tx, session, 'revoked', actor.userId)
    audit(supportEnded, { targetId: session.id, data: { operator: sessionFacts(session).operator, endReason: 'revoked' } })
    return { sessionId: session.id }
  },
})
