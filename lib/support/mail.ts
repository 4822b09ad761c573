import type { Tx } from '@/lib/db/client'
import { deliverMail, queueMail, type MailSettings, type PendingDelivery } from '@/lib/mail/outbox'

/**
 * Tells the organisation's active tenant admins that an operator asks to come in, queued in
 * the transaction of the request (its outbox), sent after commit. No secret: the link only
 * leads to the security page, where they decide signed in.
 */
export async function queueSupportRequestMail(
  tx: Tx,
  appUrl: string,
  request: { tenantId: string; organisation: string; operator: string; reason: string; minutes: number; mode: string },
): Promise<PendingDelivery[]> {
  const admins = await tx.tenantMembership.findMany({
    where: { tenantId: request.tenantId, status: 'ACTIVE', role: 'tenant_admin', user: { status: 'ACTIVE' } },
    select: { user: { select: { email: true } } },
  })
  const body = [
    `${request.operator}, an operator of this Atrium instance, asks for ${request.mode === 'read_write' ? 'read-write' : 'read-only'} support access to ${request.organisation} for ${request.minutes} minutes.`,
    '',
    `Reason: ${request.reason}`,
    '',
    `Approve or deny it on the organisation's security page: ${appUrl}/settings/security`,
    'Nobody enters until a tenant admin approves.',
  ].join('\n')
  const deliveries: PendingDelivery[] = []
  for (const { user } of admins) {
    deliveries.push(
      await queueMail(tx, {
        tenantId: request.tenantId,
        to: user.email,
        subject: `Support access requested for ${request.organisation}`,
        body: () => body,
        secret: '',
      }),
    )
  }
  return deliveries
}

export async function sendQueued(db: Parameters<typeof deliverMail>[0], settings: MailSettings, deliveries: PendingDelivery[]) {
  if (!settings.smtpUrl) return
  for (const delivery of deliveries) await deliverMail(db, { smtpUrl: settings.smtpUrl, mailFrom: settings.mailFrom }, delivery)
}
