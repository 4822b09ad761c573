import nodemailer from 'nodemailer'
import type { AppConfig } from '@/lib/config'
import type { Db, Tx } from '@/lib/db/client'

/** What sending mail needs of the configuration: links start with appUrl; without smtpUrl mail stays in the outbox. */
export type MailSettings = Pick<AppConfig, 'appUrl' | 'smtpUrl' | 'mailFrom'>

export interface MailMessage {
  /** Whose outbox holds it; null for the instance's own mail (verifying a new account's address). */
  tenantId: string | null
  to: string
  subject: string
  body: string
}

/**
 * What stands in a stored message where its secret link was: the outbox keeps every
 * message, but never a secret (a link that lets its holder in).
 */
export const SECRET_WITHHELD = '[link withheld: it is never stored]'

/** A queued message with its full body, secret included, which exists only in memory. */
export interface PendingDelivery {
  messageId: string
  to: string
  subject: string
  body: string
}

/**
 * Queues a message in the same transaction as the change that sends it. `body(secret)`
 * writes the message around a secret: the stored copy gets SECRET_WITHHELD, the returned
 * delivery the real thing, to hand to deliverMail after commit.
 */
export async function queueMail(
  tx: Tx,
  message: Omit<MailMessage, 'body'> & { body(secret: string): string; secret: string },
): Promise<PendingDelivery> {
  const stored = await tx.outboxMessage.create({
    data: { tenantId: message.tenantId, to: message.to, subject: message.subject, body: message.body(SECRET_WITHHELD) },
  })
  return { messageId: stored.id, to: message.to, subject: message.subject, body: message.body(message.secret) }
}

/**
 * Sends one queued message by SMTP after the transaction that queued it has committed.
 * The row is claimed first (sentAt set only where it is still unset), so two app
 * instances never send it twice; a failed send un-claims it and says so in the log.
 */
export async function deliverMail(db: Db, smtp: { smtpUrl: string; mailFrom: string }, delivery: PendingDelivery): Promise<boolean> {
  const claimed = await db.outboxMessage.updateMany({ where: { id: delivery.messageId, sentAt: null }, data: { sentAt: new Date() } })
  if (claimed.count === 0) return false
  try {
    await nodemailer
      .createTransport(smtp.smtpUrl)
      .sendMail({ from: smtp.mailFrom, to: delivery.to, subject: delivery.subject, text: delivery.body })
    return true
  } catch (error) {
    await db.outboxMessage.update({ where: { id: delivery.messageId }, data: { sentAt: null } })
    console.error(`[mail] could not send message ${delivery.messageId}:`, error)
    return false
  }
}
