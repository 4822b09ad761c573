import { issuePasswordReset } from '@/lib/accounts/reset'
import { runCommand, required } from '@/lib/cli/command'
import { slugify } from '@/lib/validation/slug'
import { setUpInstance } from '../setup'

/**
 * The first run without a browser, for automation:
 *   echo "$PASSWORD" | npm run setup -- --email ada@example.com --name "Ada Lovelace" --organisation "Acme" [--slug acme]
 * The password comes from standard input. Run from a terminal instead, the account gets no
 * password and a one-time link to choose one is printed, once (it works for 30 minutes).
 * Exactly as /setup: it succeeds once per instance.
 */
await runCommand({
  path: 'set-up',
  usage: 'Usage: npm run setup -- --email <address> --name <your name> --organisation <name> [--slug <slug>]  (password on standard input)',
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    slug: { type: 'string' },
  },
  parse: ({ email, name, organisation, slug }) => ({
    email: required(email),
    name: required(name),
    organisationName: required(organisation),
    organisationSlug: slug ?? slugify(organisation ?? ''),
  }),
  async run({ args, db, config }) {
    const password = process.stdin.isTTY ? '' : await firstLineOf(process.stdin)
    const result = await setUpInstance(
      db,
      config.auditKey,
      { ...args, password },
      { ip: null, userAgent: 'npm run setup' },
      { passwordOptional: true },
    )
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => `  ${field}: ${messages.join(' ')}`)
      console.error([result.message, ...fields].join('\n'))
      return 1
    }
    console.log(`Set up ${args.organisationName} (${args.organisationSlug}) with ${args.email} as its tenant admin and platform operator.`)
    if (password === '') {
      const link = await issuePasswordReset(db, args.email.trim().toLowerCase(), { ...config, smtpUrl: null })
      console.log(`Choose the password within 30 minutes (this link is shown once and works once):\n  ${link}`)
    }
  },
})

async function firstLineOf(stream: NodeJS.ReadStream): Promise<string> {
  let text = ''
  for await (const chunk of stream) text += String(chunk)
  return text.split(/\r?\n/)[0] ?? ''
}
