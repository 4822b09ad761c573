import { open, seal } from '@/lib/crypto/aead'
import type { RootKeyRing } from '@/lib/crypto/root-keys'
import { MissingRootKeyError } from '@/lib/crypto/tenant-keys'
import type { Db, Tx } from '@/lib/db/client'

/**
 * A person's TOTP secret at rest: sealed by the newest root key (people belong to no one
 * tenant, so no tenant's data key), with associated data naming the person and key version.
 */
const aad = (userId: string, version: number) => `user-totp-secret:${userId}:v${version}`

export function sealTotpSecret(ring: RootKeyRing, userId: string, secretBase32: string) {
  const { version, key } = ring.newest
  return { secretSealed: new Uint8Array(seal(key, Buffer.from(secretBase32, 'utf8'), aad(userId, version))), rootKeyVersion: version }
}

export function openTotpSecret(ring: RootKeyRing, row: { userId: string; secretSealed: Uint8Array; rootKeyVersion: number }): string {
  const root = ring.byVersion.get(row.rootKeyVersion)
  if (!root) {
    throw new MissingRootKeyError(
      `A two-factor secret is sealed with root key v${row.rootKeyVersion}, which ATRIUM_ENCRYPTION_KEYS no longer lists. Add it back.`,
    )
  }
  return open(root.key, Buffer.from(row.secretSealed), aad(row.userId, row.rootKeyVersion)).toString('utf8')
}

/** How many two-factor secrets are sealed by an older root key than the newest (npm run keys:rotate lists them). */
export async function totpSecretsToReseal(db: Db | Tx, ring: RootKeyRing): Promise<number> {
  return db.twoFactor.count({ where: { rootKeyVersion: { not: ring.newest.version } } })
}

/**
 * Re-seals every two-factor secret still sealed by an older root key under the newest one.
 * Each update names the version it read, so a secret replaced meanwhile (a new set-up) is left as it is.
 */
export async function resealTotpSecrets(tx: Tx, ring: RootKeyRing): Promise<number> {
  const stale = await tx.twoFactor.findMany({ where: { rootKeyVersion: { not: ring.newest.version } } })
  for (const row of stale) {
    const resealed = sealTotpSecret(ring, row.userId, openTotpSecret(ring, row))
    await tx.twoFactor.updateMany({ where: { userId: row.userId, rootKeyVersion: row.rootKeyVersion }, data: resealed })
  }
  return stale.length
}
