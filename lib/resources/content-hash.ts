import { createHash } from 'node:crypto'
import { canonicalJson } from '@/lib/audit/canonical-json'
import type { Db, Tx } from '@/lib/db/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'

/** An environment's live content: every resource that is not deleted, in (kind, key) order. */
export interface ContentEntry {
  kind: ResourceKind
  key: string
  spec: unknown
}

export async function liveContent(db: Db | Tx, environmentId: string): Promise<ContentEntry[]> {
  const rows = await db.resource.findMany({
    where: { environmentId, deletedAt: null },
    select: { kind: true, key: true, spec: true },
    orderBy: [{ kind: 'asc' }, { key: 'asc' }],
  })
  return rows.map(({ kind, key, spec }) => ({ kind, key, spec }))
}

/** SHA-256 of the content in canonical JSON; no content hashes to the schema's default. */
export function contentHash(content: readonly ContentEntry[]): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex')
}

/** Recomputes and stores an environment's content hash (every write calls it in its transaction). */
export async function refreshContentHash(tx: Tx, environmentId: string): Promise<{ hash: string; content: ContentEntry[] }> {
  const content = await liveContent(tx, environmentId)
  const hash = contentHash(content)
  await tx.environment.update({ where: { id: environmentId }, data: { contentHash: hash } })
  return { hash, content }
}
