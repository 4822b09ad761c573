import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { accountRecoveryCodesRenewed } from '../audit-events'
import { codeField } from '../schema'
import { replaceRecoveryCodes, requireCode } from '../service'

export const renewRecoveryCodesInput = z.object({ code: codeField })

/** New recovery codes (the old ones stop working), after a code from the app. */
export const renewRecoveryCodes = defineAction({
  name: 'account.renewRecoveryCodes',
  input: renewRecoveryCodesInput,
  ...OWN_ACCOUNT_ACTION,
  async prepare(db, { input, actor, settings, meta }) {
    await requireCode(db, settings.encryptionKeys, actor.userId, input.code, meta)
  },
  async run(tx, { actor, audit }) {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    audit(accountRecoveryCodesRenewed, { targetId: actor.userId, data: {} })
    return { recoveryCodes }
  },
})
