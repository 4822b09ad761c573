import { defineAction } from '@/lib/actions/define-action'
import { supportAccessChanged, supportEnded } from '../audit-events'
import { setSupportAccessInput } from '../schema'
import { endOpenSessions } from '../service'

/**
 * A tenant admin decides whether platform operators may look inside: off, on approval (the
 * default) or allowed (read-only at once), and whether a read-write session may be approved.
 * Turning it off ends every open request and live session at once.
 */
export const setSupportAccess = defineAction({
  name: 'tenant.setSupportAccess',
  input: setSupportAccessInput,
  permission: 'support.manage',
  platformLog: true,
  async run(tx, { input, tenantId, actor, audit }) {
    const readWrite = input.readWrite === 'on' && input.policy !== 'off'
    const before = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { supportAccess: true, supportReadWrite: true } })
    if (before.supportAccess === input.policy && before.supportReadWrite === readWrite) return { policy: input.policy, readWrite, ended: 0 }
    await tx.tenant.update({ where: { id: tenantId }, data: { supportAccess: input.policy, supportReadWrite: readWrite } })
    audit(supportAccessChanged, { targetId: tenantId, data: { policy: input.policy, readWrite } })
    const ended =
      input.policy === 'off' ? await endOpenSessions(tx, tenantId, 'policy_off', actor.userId, (note) => audit(supportEnded, note)) : 0
    return { policy: input.policy, readWrite, ended }
  },
})
