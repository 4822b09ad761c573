import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { describeDevice } from './device'
import { endSession, endSessionsOf } from './service'

/** Ends one of one's other sessions (a lost phone, a shared computer). */
export const endSessionDefinition = defineAction({
  name: 'session.end',
  input: z.object({ sessionId: z.string().min(1).max(100) }),
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { input, actor, sessionId, audit }) {
    if (input.sessionId === sessionId) refuse('VALIDATION', 'This is the session you are using. Sign out instead.')
    const session = await tx.userSession.findFirst({ where: { id: input.sessionId, userId: actor.userId, endedAt: null } })
    if (!session) refuse('NOT_FOUND', 'This session has already ended.')
    await endSession(tx, actor.userId, session!.id, 'endedByUser')
    const device = describeDevice(session!.userAgent)
    audit({ action: 'session.ended', targetType: 'user', targetId: actor.userId, data: { device } })
    return { device }
  },
})

/** Ends every session of the caller, this one included (the server action then clears the cookie). */
export const signOutEverywhereDefinition = defineAction({
  name: 'session.signOutEverywhere',
  input: z.object({}),
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { actor, audit }) {
    const sessions = await endSessionsOf(tx, actor.userId, 'signedOutEverywhere')
    audit({ action: 'session.signedOutEverywhere', targetType: 'user', targetId: actor.userId, data: { sessions } })
    return { sessions }
  },
})
