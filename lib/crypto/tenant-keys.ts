import { randomBytes } from 'node:crypto'
import type { Db, Tx } from '@/lib/db/client'
import { DecryptionError, KEY_BYTES, open, seal } from './aead'
import type { RootKeyRing } from './root-keys'

/**
 * Envelope encryption (docs/architecture.md §9): each tenant's secrets are sealed with the
 * tenant's own data key, and the data key is stored only sealed by a root key. Rotating a
 * root key re-seals the small data keys, never every secret.
 */

export class MissingRootKeyError extends Error {
  override name = 'MissingRootKeyError'
}

/** The associated data of a sealed data key: its tenant and the root key version that sealed it. */
export const dataKeyAad = (tenantId: string, rootKeyVersion: number) => `tenant-data-key:${tenantId}:v${rootKeyVersion}`

function rootKey(ring: RootKeyRing, version: number) {
  const root = ring.byVersion.get(version)
  if (!root) {
    throw new MissingRootKeyError(
      `A tenant's data key is sealed with root key v${version}, which ATRIUM_ENCRYPTION_KEYS no longer lists. Add it back.`,
    )
  }
  return root.key
}

/**
 * The tenant's data key, made (and sealed under the newest root key) on its first secret.
 * Called by actions, under the tenant lock: two first secrets cannot make two keys.
 */
export async function tenantDataKey(tx: Tx | Db, ring: RootKeyRing, tenantId: string, { create }: { create: boolean }): Promise<Buffer> {
  const stored = await tx.tenantDataKey.findUnique({ where: { tenantId } })
  if (stored) {
    const sealed = Buffer.from(stored.sealedKey)
    return open(rootKey(ring, stored.rootKeyVersion), sealed, dataKeyAad(tenantId, stored.rootKeyVersion))
  }
  // Nothing was ever sealed for this tenant, so nothing can be opened.
  if (!create) throw new DecryptionError('This tenant has no data key yet.')
  const dataKey = randomBytes(KEY_BYTES)
  const { version, key } = ring.newest
  await tx.tenantDataKey.create({
    data: { tenantId, rootKeyVersion: version, sealedKey: new Uint8Array(seal(key, dataKey, dataKeyAad(tenantId, version))) },
  })
  return dataKey
}

/** Seals and opens one tenant's secrets; the data key is read once, when first needed. */
export interface TenantVault {
  seal(aad: string, plaintext: string): Promise<Uint8Array<ArrayBuffer>>
  open(aad: string, sealed: Uint8Array): Promise<string>
}

export function tenantVault(tx: Tx | Db, ring: RootKeyRing, tenantId: string): TenantVault {
  let dataKey: Promise<Buffer> | undefined
  const key = (create: boolean) => (dataKey ??= tenantDataKey(tx, ring, tenantId, { create }))
  return {
    async seal(aad, plaintext) {
      return new Uint8Array(seal(await key(true), Buffer.from(plaintext, 'utf8'), aad))
    },
    async open(aad, sealed) {
      return open(await key(false), Buffer.from(sealed), aad).toString('utf8')
    },
  }
}

export interface DataKeyToReseal {
  tenantId: string
  tenantSlug: string
  fromVersion: number
}

/** The tenants whose data key is sealed by an older root key than the newest. */
export async function dataKeysToReseal(db: Db | Tx, ring: RootKeyRing): Promise<DataKeyToReseal[]> {
  const keys = await db.tenantDataKey.findMany({
    where: { rootKeyVersion: { not: ring.newest.version } },
    include: { tenant: { select: { slug: true } } },
    orderBy: { tenantId: 'asc' },
  })
  return keys.map((k) => ({ tenantId: k.tenantId, tenantSlug: k.tenant.slug, fromVersion: k.rootKeyVersion }))
}

/**
 * Re-seals one tenant's data key under the newest root key. The data key itself (and so
 * every secret sealed with it) stays the same.
 */
export async function resealDataKey(tx: Tx, ring: RootKeyRing, tenantId: string): Promise<{ fromVersion: number; toVersion: number }> {
  const stored = await tx.tenantDataKey.findUniqueOrThrow({ where: { tenantId } })
  const dataKey = open(rootKey(ring, stored.rootKeyVersion), Buffer.from(stored.sealedKey), dataKeyAad(tenantId, stored.rootKeyVersion))
  const { version, key } = ring.newest
  await tx.tenantDataKey.update({
    where: { tenantId },
    data: { rootKeyVersion: version, sealedKey: new Uint8Array(seal(key, dataKey, dataKeyAad(tenantId, version))) },
  })
  return { fromVersion: stored.rootKeyVersion, toVersion: version }
}
