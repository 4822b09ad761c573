import { runCommand } from '@/lib/cli/command'
import { MissingRootKeyError } from '@/lib/crypto/tenant-keys'
import { resealUnderNewestRootKey } from '../reseal'

/**
 * For operators, after adding a new root key to ATRIUM_ENCRYPTION_KEYS (v2 after v1):
 *   npm run keys:rotate            lists the tenants whose data key (and how many two-factor secrets) the newest root key would re-seal
 *   npm run keys:rotate -- --apply re-seals them all in one transaction (all or nothing), data keys audited per tenant
 * Once it has run, the older root key may be removed from the list.
 */
await runCommand({
  path: 'operator',
  usage: 'Usage: npm run keys:rotate [-- --apply] [--by <operator>]',
  options: { apply: { type: 'boolean', default: false }, by: { type: 'string', default: 'platform operator' } },
  parse: ({ apply, by }) => ({ apply, by }),
  isExpectedError: (error) => error instanceof MissingRootKeyError,
  async run({ args, db, config }) {
    const newest = config.encryptionKeys.newest.version
    const outcome = await resealUnderNewestRootKey(db, { rootKeys: config.encryptionKeys, auditKey: config.auditKey }, args)
    if (outcome.tenants.length === 0 && outcome.twoFactorSecrets === 0) {
      console.log(`Every tenant's data key and every two-factor secret is already sealed with the newest root key, v${newest}.`)
      return
    }
    for (const tenant of outcome.tenants) console.log(`  ${tenant.tenantSlug}: v${tenant.fromVersion} → v${newest}`)
    const what = `${outcome.tenants.length} tenant data key(s) and ${outcome.twoFactorSecrets} two-factor secret(s)`
    console.log(
      args.apply
        ? `Re-sealed ${what} under v${newest}; each data key recorded in its tenant's audit log.`
        : `Dry run: ${what} would be re-sealed under v${newest}. Run again with -- --apply.`,
    )
  },
})
