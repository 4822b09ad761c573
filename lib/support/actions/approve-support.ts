import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { supportStarted } from '../audit-events'
import { supportSessionInput } from '../schema'
import { sessionFacts, startedNow } from '../service'
import { requireWaiting, sessionOfTenant } from './decide'

/** A tenant admin lets a waiting request in: the session starts now and lasts what was asked. */
export const approveSupport = defineAction({
  name: 'support.approve',
  input: supportSessionInput,
  permission: 'support.manage',
  platformLog: true,
  async run(tx, { input, tenantId, actor, audit }) {
    const session = await sessionOfTenant(tx, tenantId, input.sessionId)
    requireWaiting(session)
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { supportAccess: true, supportReadWrite: true } })
    if (tenant.supportAccess === 'off') refuse('SUPPORT_ACCESS_OFF')
    if (session.mode === 'read_write' && !tenant.supportReadWrite)
      refuse('FORBIDDEN', 'Read-write support sessions are not allowed here. Allow them first, or deny this request.')
    const started = startedNow(session)
    await tx.supportSession.update({
      where: { id: session.id },
      data: { ...started, decidedAt: started.startedAt, decidedById: actor.userId },
    })
    audit(supportStarted, {
      targetId: session.id,
      data: { ...sessionFacts(session), endsAt: started.endsAt.toISOString(), approved: true },
    })
    return { sessionId: session.id, endsAt: started.endsAt }
  },
})
