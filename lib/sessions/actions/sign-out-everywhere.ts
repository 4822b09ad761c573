import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { sessionSignedOutEverywhere } from '@/lib/auth/audit-events'
import { endSessionsOf } from '../service'

/** Ends every session of the caller, this one included (lib/sessions/server-actions.ts then clears the cookie). */
export const signOutEverywhere = defineAction({
  name: 'session.signOutEverywhere',
  input: z.object({}),
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { actor, audit }) {
    const sessions = await endSessionsOf(tx, actor.userId, 'signedOutEverywhere')
    audit(sessionSignedOutEverywhere, { targetId: actor.userId, data: { sessions } })
    return { sessions }
  },
})
