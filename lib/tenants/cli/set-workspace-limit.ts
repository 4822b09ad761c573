import { recordOperatorEvent } from '@/lib/audit/record'
import { required, runCommand, UsageError } from '@/lib/cli/command'
import { tenantWorkspaceLimitChanged } from '../audit-events'

/**
 * For platform operators: raise (or lower) a tenant's limit of active workspaces.
 *   npm run tenant:workspace-limit -- --tenant acme --limit 150 [--by ops@example.com]
 * The change is recorded in the tenant's audit chain like every other, and in the platform log.
 */
await runCommand({
  path: 'operator',
  usage: 'Usage: npm run tenant:workspace-limit -- --tenant <slug> --limit <whole number ≥ 1> [--by <operator>]',
  options: {
    tenant: { type: 'string' },
    limit: { type: 'string' },
    by: { type: 'string', default: 'platform operator' },
  },
  parse: ({ tenant, limit, by }) => ({ slug: required(tenant), limit: wholeNumberFromOne(limit), by }),
  async run({ args: { slug, limit, by }, db, config }) {
    const tenant = await db.tenant.findUnique({ where: { slug } })
    if (!tenant) throw new Error(`No tenant with the slug ${slug}.`)
    const active = await db.workspace.count({ where: { tenantId: tenant.id, status: 'ACTIVE' } })
    if (limit < active) {
      console.warn(
        `Note: ${slug} has ${active} active workspaces, more than the new limit; ` +
          'none is archived, but no more can be created or restored.',
      )
    }
    await recordOperatorEvent(
      db,
      config.auditKey,
      tenantWorkspaceLimitChanged,
      { tenantId: tenant.id, actorId: null, targetId: tenant.id, data: { from: tenant.workspaceLimit, to: limit, by } },
      (tx) => tx.tenant.update({ where: { id: tenant.id }, data: { workspaceLimit: limit } }),
    )
    console.log(`${slug}: workspace limit ${tenant.workspaceLimit} → ${limit}.`)
  },
})

function wholeNumberFromOne(text: string | undefined): number {
  const limit = Number(text)
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError()
  return limit
}
