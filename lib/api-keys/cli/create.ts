import { appendOperatorEvent } from '@/lib/audit/record'
import { runCommand, required, UsageError } from '@/lib/cli/command'
import { lockTenant } from '@/lib/db/tenant-lock'
import { apiKeyCreated } from '../audit-events'
import { issueApiKey, keyCreatedNote } from '../keys'
import { MAX_LIFETIME_DAYS } from '../schema'

class KeyRefused extends Error {
  override name = 'KeyRefused'
}

/**
 * For operators: a key for the public API, printed once.
 *   npm run apikey:create -- --tenant acme --name ci [--workspace production] [--days 90] [--by ops@example.com]
 * An operator's key borrows nobody's permissions, so it reads and nothing more (scope
 * read); keys that write or propose are made by a person on /settings/api-keys.
 */
await runCommand({
  path: 'operator',
  usage:
    'Usage: npm run apikey:create -- --tenant <slug> --name <name> [--workspace <slug>] [--scopes read] [--days 1-366] [--by <operator>]',
  options: {
    tenant: { type: 'string' },
    name: { type: 'string' },
    workspace: { type: 'string' },
    scopes: { type: 'string', default: 'read' },
    days: { type: 'string', default: '90' },
    by: { type: 'string', default: 'platform operator' },
  },
  parse: ({ tenant, name, workspace, scopes, days, by }) => {
    if (scopes !== 'read')
      throw new UsageError(
        "An operator's key has the read scope only: keys that write or propose are made by a person, on /settings/api-keys.",
      )
    const lifetime = Number(days)
    if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_LIFETIME_DAYS)
      throw new UsageError(`--days is a whole number from 1 to ${MAX_LIFETIME_DAYS}.`)
    return { tenant: required(tenant), name: required(name).trim(), workspace, lifetime, by }
  },
  isExpectedError: (error) => error instanceof KeyRefused,
  async run({ args, db, config }) {
    const tenant = await db.tenant.findUnique({ where: { slug: args.tenant } })
    if (!tenant) throw new KeyRefused(`No tenant with the slug ${args.tenant}.`)
    const workspace = args.workspace ? await db.workspace.findFirst({ where: { tenantId: tenant.id, slug: args.workspace } }) : null
    if (args.workspace && !workspace) throw new KeyRefused(`${tenant.name} has no workspace with the slug ${args.workspace}.`)
    // The key and its audit entry commit together, under the tenant lock.
    const { row, key } = await db.$transaction(async (tx) => {
      await lockTenant(tx, tenant.id)
      const issued = await issueApiKey(tx, {
        tenantId: tenant.id,
        workspaceId: workspace?.id ?? null,
        name: args.name,
        scopes: ['read'],
        expiresAt: new Date(Date.now() + args.lifetime * 86_400_000),
        createdById: null,
        createdByOperator: args.by,
      })
      await appendOperatorEvent(tx, config.auditKey, apiKeyCreated, {
        ...keyCreatedNote(issued.row, { by: args.by }),
        tenantId: tenant.id,
        actorId: null,
      })
      return issued
    })
    console.log(
      `API key ${row.name} for ${workspace ? workspace.name : `every workspace of ${tenant.name}`}, read only, expires ${row.expiresAt.toISOString().slice(0, 10)}.`,
    )
    console.log('It is shown this once; store it now:')
    console.log(key)
  },
})
