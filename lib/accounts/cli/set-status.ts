import { option } from '@/lib/audit/cli/args'
import { getConfig } from '@/lib/config'
import { openConfiguredDatabase } from '@/lib/db/client'
import { AccountStatusRefused, setAccountStatus } from '../service'

/**
 * For platform operators: disable or re-enable an account in every tenant it belongs to.
 *   npm run user:status -- --email someone@example.com --status disabled|active [--by ops@example.com]
 * Tenant admins disable people in their own tenant from the Users page instead.
 */
const email = option('email')
const status = { disabled: 'DISABLED', active: 'ACTIVE' }[option('status') ?? ''] as 'DISABLED' | 'ACTIVE' | undefined
if (!email || !status) {
  console.error('Usage: npm run user:status -- --email <address> --status disabled|active [--by <operator>]')
  process.exit(2)
}
const config = getConfig()
const { db, close } = openConfiguredDatabase(config.database)
try {
  const { user, tenants } = await setAccountStatus(db, config.auditKey, { email, status, by: option('by') ?? 'platform operator' })
  console.log(`${user.email}: account ${status === 'DISABLED' ? 'disabled (every session ended)' : 'active'}; recorded in ${tenants} tenant audit log(s).`)
} catch (error) {
  console.error(error instanceof AccountStatusRefused ? error.message : error)
  process.exitCode = 1
} finally {
  await close()
}
