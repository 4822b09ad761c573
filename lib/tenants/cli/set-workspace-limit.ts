import { option } from '@/lib/audit/cli/args'
import { recordAuditEvent } from '@/lib/audit/record'
import { getConfig } from '@/lib/config'
import { openConfiguredDatabase } from '@/lib/db/client'

/**
 * For platform operators: raise (or lower) a tenant's limit of active workspaces.
 *   npm run tenant:workspace-limit -- --tenant acme --limit 150 [--by ops@example.com]
 * The change is recorded in the tenant's audit chain like every other.
 */
const slug = option('tenant')
const limit = Number(option('limit'))
if (!slug || !Number.isInteger(limit) || limit < 1) {
  console.error('Usage: npm run tenant:workspace-limit -- --tenant <slug> --limit <whole number ≥ 1> [--by <operator>]')
  process.exit(2)
}
const config = getConfig()
const { db, close } = openConfiguredDatabase(config.database)
try {
  const tenant = await db.tenant.findUnique({ where: { slug } })
  if (!tenant) throw new Error(`No tenant with the slug ${slug}.`)
  const active = await db.workspace.count({ where: { tenantId: tenant.id, status: 'ACTIVE' } })
  if (limit < active) console.warn(`Note: ${slug} has ${active} active workspaces, more than the new limit; none is archived, but no more can be created or restored.`)
  await recordAuditEvent(db, config.auditKey, {
    tenantId: tenant.id,
    actorId: null,
    action: 'tenant.workspaceLimitChanged',
    targetType: 'tenant',
    targetId: tenant.id,
    data: { from: tenant.workspaceLimit, to: limit, by: option('by') ?? 'platform operator' },
  }, (tx) => tx.tenant.update({ where: { id: tenant.id }, data: { workspaceLimit: limit } }))
  console.log(`${slug}: workspace limit ${tenant.workspaceLimit} → ${limit}.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await close()
}
