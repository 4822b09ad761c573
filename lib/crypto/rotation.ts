import { appendOperatorEvent } from '@/lib/audit/record'
import type { Tx } from '@/lib/db/client'
import { lockTenant } from '@/lib/db/tenant-lock'
import { dataKeyResealed } from './audit-events'
import type { RootKeyRing } from './root-keys'
import { dataKeysToReseal, resealDataKey, type DataKeyToReseal } from './tenant-keys'

/**
 * Re-seals every tenant data key still sealed by an older root key under the newest one,
 * inside the caller's transaction: takes each affected tenant's lock (in id order, like
 * every multi-tenant operator command) and records one audit entry per tenant. What else
 * a root key seals directly (people's two-factor secrets) is re-sealed by the orchestration
 * in lib/key-rotation, in the same transaction: this core module knows no domain.
 */
export async function resealDataKeys(tx: Tx, keys: { rootKeys: RootKeyRing; auditKey: string }, by: string): Promise<DataKeyToReseal[]> {
  const tenants = await dataKeysToReseal(tx, keys.rootKeys)
  for (const tenant of tenants) await lockTenant(tx, tenant.tenantId)
  for (const tenant of tenants) {
    const { fromVersion, toVersion } = await resealDataKey(tx, keys.rootKeys, tenant.tenantId)
    await appendOperatorEvent(tx, keys.auditKey, dataKeyResealed, {
      tenantId: tenant.tenantId,
      actorId: null,
      targetId: tenant.tenantId,
      data: { fromVersion, toVersion, by },
    })
  }
  return tenants
}
