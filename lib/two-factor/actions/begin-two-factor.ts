import { z } from 'zod'
import { defineAction, OWN_ACCOUNT_ACTION } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { qrDrawing } from '../qr'
import { sealTotpSecret } from '../secret-box'
import { groupedKey, newTotpSecret, totpUri } from '../totp'

/**
 * Enrolment, first step: a new secret (sealed at rest), shown as a QR code and as a key
 * to type. Nothing changes for signing in until a code from the app confirms it.
 */
export const beginTwoFactor = defineAction({
  name: 'account.beginTwoFactor',
  input: z.object({}),
  ...OWN_ACCOUNT_ACTION,
  async run(tx, { actor, settings }) {
    const existing = await tx.twoFactor.findUnique({ where: { userId: actor.userId } })
    if (existing?.confirmedAt) refuse('CONFLICT', 'Two-factor authentication is already on.')
    const secret = newTotpSecret()
    const sealed = sealTotpSecret(settings.encryptionKeys, actor.userId, secret)
    await tx.twoFactor.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, ...sealed },
      update: { ...sealed, lastUsedStep: null },
    })
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } })
    return { key: groupedKey(secret), qr: qrDrawing(totpUri(secret, email)) }
  },
})
