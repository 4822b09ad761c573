import type { Tx } from '@/lib/db/client'
import type { ActionSettings } from '@/lib/actions/define-action'
import type { Db } from '@/lib/db/client'
import { deliverMail, queueMail, type PendingDelivery } from '@/lib/mail/outbox'

export const invitationLink = (appUrl: string, token: string) => `${appUrl}/invitations/${token}`

/**
 * A freshly issued invitation link. It exists only in memory: the database keeps the
 * token's hash, the outbox a copy of the mail without the link. The server action either
 * mails it (SMTP) or shows it once to the person who invited (handOverLink, the answer step).
 */
export interface IssuedLink {
  link: string
  delivery: PendingDelivery
}

/** Queues the invitation mail (stored without its link) and returns the link with the full mail, for after commit. */
export async function issueLink(
  tx: Tx,
  invitation: { tenantId: string; email: string; workspaceId: string },
  token: string,
  appUrl: string,
): Promise<IssuedLink> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: invitation.workspaceId }, include: { tenant: true } })
  const link = invitationLink(appUrl, token)
  const delivery = await queueMail(tx, {
    tenantId: invitation.tenantId,
    to: invitation.email,
    subject: `You are invited to ${workspace.name} in ${workspace.tenant.name}`,
    secret: link,
    body: (secret) =>
      `You have been invited to join the workspace ${workspace.name} of ${workspace.tenant.name} on Atrium.\n\n` +
      `Accept the invitation (the link works once, for 7 days):\n${secret}\n`,
  })
  return { link, delivery }
}

/**
 * After commit (the invitation actions' answer step): with SMTP the link is mailed and
 * nobody else sees it; without SMTP it is shown once to the person who invited, to pass
 * on. Either way it is never stored (the outbox keeps the mail without it).
 */
export async function handOverLink<T extends { issued: IssuedLink | null }>(
  result: T,
  { db, settings }: { db: Db; settings: ActionSettings },
): Promise<Omit<T, 'issued'> & { link: string | null }> {
  const { issued, ...data } = result
  if (issued && settings.smtpUrl) await deliverMail(db, { smtpUrl: settings.smtpUrl, mailFrom: settings.mailFrom }, issued.delivery)
  return { ...data, link: issued && !settings.smtpUrl ? issued.link : null }
}
