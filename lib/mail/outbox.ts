import nodemailer from 'nodemailer'
import type { Db, Tx } from '@/lib/db/client'

export interface MailMessage {
  tenantId: string
  to: string
  subject: string
  body: string
}

/** Queues a message in the same transaction as the change that sends it. */
export async function queueMail(tx: Tx, message: MailMessage) {
  await tx.outboxMessage.create({ data: message })
}

/**
 * Delivers queued messages by SMTP when SMTP_URL is set (after the transaction that
 * queued them has committed). Without SMTP they stay in the outbox for tenant admins.
 */
export async function deliverQueuedMail(db: Db, smtpUrl: string | null, from: string) {
  if (!smtpUrl) return
  const transport = nodemailer.createTransport(smtpUrl)
  const pending = await db.outboxMessage.findMany({ where: { sentAt: null }, orderBy: { createdAt: 'asc' }, take: 50 })
  for (const message of pending) {
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.body })
      await db.outboxMessage.update({ where: { id: message.id }, data: { sentAt: new Date() } })
    } catch (error) {
      console.error(`[mail] could not send message ${message.id}:`, error)
    }
  }
}
