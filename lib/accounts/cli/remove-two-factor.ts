import { required, runCommand } from '@/lib/cli/command'
import { AccountCommandRefused, removeTwoFactor } from '../service'

/**
 * For platform operators: removes someone's two-factor authentication (phone and recovery
 * codes lost; identity checked outside Atrium), ending their sessions.
 *   npm run user:remove-two-factor -- --email someone@example.com [--by ops@example.com]
 */
await runCommand({
  path: 'operator',
  usage: 'Usage: npm run user:remove-two-factor -- --email <address> [--by <operator>]',
  options: {
    email: { type: 'string' },
    by: { type: 'string', default: 'platform operator' },
  },
  parse: ({ email, by }) => ({ email: required(email), by }),
  isExpectedError: (error) => error instanceof AccountCommandRefused,
  async run({ args: { email, by }, db, config }) {
    const { user, tenants } = await removeTwoFactor(db, config.auditKey, { email, by })
    console.log(`${user.email}: two-factor authentication removed, every session ended; recorded in ${tenants} tenant audit log(s).`)
  },
})
