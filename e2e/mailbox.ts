import { SMTPServer } from 'smtp-server'

/** A console's SMTP server sits this many ports above it (playwright.config.ts gives it SMTP_URL). */
export const SMTP_PORT_OFFSET = 1000

export interface Mailbox {
  /** The text of the newest mail to an address, once it has arrived (once `count` have, when a later one is awaited). */
  waitForMail(to: string, count?: number): Promise<string>
  close(): Promise<void>
}

/** Undoes quoted-printable (soft line breaks and =XX), as a mail reader would. */
const readable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** An SMTP server that keeps what it receives, for a spec to read the mail its console sends. */
export async function openMailbox(consolePort: number): Promise<Mailbox> {
  const received: { to: string[]; text: string }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          text: readable(Buffer.concat(chunks).toString('utf8')),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(consolePort + SMTP_PORT_OFFSET, '127.0.0.1', resolve))
  return {
    async waitForMail(to, count = 1) {
      for (let waited = 0; waited < 15_000; waited += 100) {
        const mails = received.filter((message) => message.to.includes(to.toLowerCase()))
        if (mails.length >= count) return mails.at(-1)!.text
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`No mail to ${to} within 15 s`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
