import { resealDataKeys } from '@/lib/crypto/rotation'
import type { RootKeyRing } from '@/lib/crypto/root-keys'
import { dataKeysToReseal, type DataKeyToReseal } from '@/lib/crypto/tenant-keys'
import type { Db } from '@/lib/db/client'
import { resealTotpSecrets, totpSecretsToReseal } from '@/lib/two-factor/secret-box'

/**
 * Re-seals everything still sealed by an older root key (npm run keys:rotate): the tenants'
 * data keys (lib/crypto) and people's two-factor secrets (lib/two-factor). A dry run only
 * lists them. Applied, it is one transaction holding every affected tenant's lock: either
 * everything moves to the newest root key, each data key with an audit entry in its tenant,
 * or nothing does.
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
      const tenants = await resealDataKeys(tx, keys, options.by)
      return { tenants, twoFactorSecrets: await resealTotpSecrets(tx, keys.rootKeys) }
    },
    { timeout: 120_000 },
  )
}
