import { defineAccountAction } from '@/lib/actions/define-account-action'
import { instanceSettingsChanged } from '../audit-events'
import { INSTANCE_SETTINGS, instanceSettingsInput } from '../schema'

/** An operator sets who may sign up and who may create organisations (as `npm run instance:settings`). */
export const setInstanceSettings = defineAccountAction({
  name: 'platform.setInstanceSettings',
  input: instanceSettingsInput,
  permission: 'platform.operate',
  locksInstance: true,
  async run(tx, { input, audit }) {
    const before = await tx.instance.findUniqueOrThrow({ where: { id: 1 }, select: INSTANCE_SETTINGS })
    const after = { ...input, signUpDomains: input.signUpPolicy === 'listed_domains' ? input.signUpDomains : before.signUpDomains }
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false }
    await tx.instance.update({ where: { id: 1 }, data: after })
    audit(null, instanceSettingsChanged, { targetId: '1', data: { before, after } })
    return { changed: true }
  },
})
