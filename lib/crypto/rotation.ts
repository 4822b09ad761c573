import { appendAudit } from '@/lib/audit/chain'
import type { Db } from '@/lib/db/client'
import { lockTenant } from '@/lib/db/tenant-lock'
import type { RootKeyRing } from './root-keys'
import { resealTotpSecrets, totpSecretsToReseal } from '@/lib/two-factor/secret-box'
import { dataKeysToReseal, resealDataKey, type DataKeyToReseal } from './tenant-keys'

/**
 * Re-seals everything still sealed by an older root key (npm run keys:rotate): the tenants'
 * data keys and people's two-factor secrets. A dry run only lists them. Applied, it is one
 * transaction holding every affected tenant's lock (taken in id order, like every
 * multi-tenant operator command): either everything moves to the newest root key, each data
 * key with an audit entry in its tenant, or nothing does.
 */
export async function resealUnderNewestRootKey(
  db: Db,
  keys: { rootKeys: RootKeyRing; auditKey: string },
  options: { apply: boolean; by: string },
): Promise<{ tenants: DataKeyToReseal[]; twoFactorSecrets: number }> {
  if (!options.apply) {
    return { tenants: await dataKeysToReseal(db, keys.rootKeys), twoFactorSecrets: await totpSecretsToReseal(db, keys.rootKeys) }
  }
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
      return { tenants, twoFactorSecrets: await resealTotpSecrets(tx, keys.rootKeys) }
    },
    { timeout: 120_000 },
  )
}
