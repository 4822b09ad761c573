import { required, runCommand, UsageError } from '@/lib/cli/command'
import { AccountCommandRefused, setAccountStatus } from '../service'

const STATUSES = { disabled: 'DISABLED', active: 'ACTIVE' } as const

/**
 * For platform operators: disable or re-enable an account in every tenant it belongs to.
 *   npm run user:status -- --email someone@example.com --status disabled|active [--by ops@example.com]
 * Tenant admins disable people in their own tenant from the Users page instead.
 */
await runCommand({
  path: 'operator',
  usage: 'Usage: npm run user:status -- --email <address> --status disabled|active [--by <operator>]',
  options: {
    email: { type: 'string' },
    status: { type: 'string' },
    by: { type: 'string', default: 'platform operator' },
  },
  parse: ({ email, status, by }) => ({ email: required(email), status: accountStatus(status), by }),
  isExpectedError: (error) => error instanceof AccountCommandRefused,
  async run({ args: { email, status, by }, db, config }) {
    const { user, tenants } = await setAccountStatus(db, config.auditKey, { email, status, by })
    const outcome = status === 'DISABLED' ? 'disabled (every session ended)' : 'active'
    console.log(`${user.email}: account ${outcome}; recorded in ${tenants} tenant audit log(s).`)
  },
})

function accountStatus(text: string | undefined): (typeof STATUSES)[keyof typeof STATUSES] {
  if (text !== 'disabled' && text !== 'active') throw new UsageError()
  return STATUSES[text]
}
