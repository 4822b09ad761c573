import { appendAudit } from '@/lib/audit/chain'
import type { Db } from '@/lib/db/client'
import { lockTenant } from '@/lib/db/tenant-lock'
import type { RootKeyRing } from './root-keys'
import { dataKeysToReseal, resealDataKey, type DataKeyToReseal } from './tenant-keys'

/**
 * Re-seals every tenant data key still sealed by an older root key (npm run keys:rotate).
 * A dry run only lists them. Applied, it is one transaction holding every affected
 * tenant's lock (taken in id order, like every multi-tenant operator command): either
 * every key moves to the newest root key, each with an audit entry, or none does.
 */
export async function resealTenantDataKeys(
  db: Db,
  keys: { rootKeys: RootKeyRing; auditKey: string },
  options: { apply: boolean; by: string },
): Promise<{ tenants: DataKeyToReseal[] }> {
  if (!options.apply) return { tenants: await dataKeysToReseal(db, keys.rootKeys) }
  return db.$transaction(
    async (tx) => {
      const tenants = await dataKeysToReseal(tx, keys.rootKeys)
      for (const tenant of tenants) await lockTenant(tx, tenant.tenantId)
      for (const tenant of tenants) {
        const { fromVersion, toVersion } = await resealDataKey(tx, keys.rootKeys, tenant.tenantId)
        await appendAudit(tx, keys.auditKey, {
          tenantId: tenant.tenantId,
          actorId: null,
          action: 'encryption.dataKeyResealed',
          targetType: 'tenant',
          targetId: tenant.tenantId,
          data: { fromVersion, toVersion, by: options.by },
        })
      }
      return { tenants }
    },
    { timeout: 120_000 },
  )
}
