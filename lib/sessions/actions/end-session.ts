import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { sessionEnded } from '@/lib/auth/audit-events'
import { describeDevice } from '../device'
import { endSession as endOneSession } from '../service'

export const endSessionInput = z.object({ sessionId: z.string().min(1).max(100) })

/** Ends one of one's other sessions (a lost phone, a shared computer). */
export const endSession = defineAction({
  name: 'session.end',
  input: endSessionInput,
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { input, actor, sessionId, audit }) {
    if (input.sessionId === sessionId) refuse('VALIDATION', 'This is the session you are using. Sign out instead.')
    const session = await tx.userSession.findFirst({ where: { id: input.sessionId, userId: actor.userId, endedAt: null } })
    if (!session) refuse('NOT_FOUND', 'This session has already ended.')
    await endOneSession(tx, actor.userId, session.id, 'endedByUser')
    const device = describeDevice(session.userAgent)
    audit(sessionEnded, { targetId: actor.userId, data: { device } })
    return { device }
  },
})
