import type { Db } from '@/lib/db/client'
import { contentHash, liveContent } from '@/lib/resources/content-hash'

export interface Drift {
  workspace: string
  environment: string
  reason: string
}

/**
 * Environments whose live content is not what Atrium wrote: the content no longer hashes
 * to the hash every write keeps, or a protected environment no longer holds what its last
 * release applied. Only a write around Atrium (directly in the database) can cause either.
 */
export async function findDrift(db: Db, tenantId: string): Promise<Drift[]> {
  const environments = await db.environment.findMany({
    where: { tenantId },
    include: {
      workspace: { select: { slug: true } },
      releasesIn: { where: { status: 'applied' }, orderBy: { number: 'desc' }, take: 1, select: { number: true, contentHash: true } },
    },
    orderBy: [{ workspaceId: 'asc' }, { position: 'asc' }],
  })
  const drift: Drift[] = []
  for (const environment of environments) {
    const place = { workspace: environment.workspace.slug, environment: environment.slug }
    const live = contentHash(await liveContent(db, environment.id))
    const last = environment.releasesIn[0]
    if (live !== environment.contentHash) {
      drift.push({ ...place, reason: 'its resources were changed outside Atrium (the content no longer matches its recorded hash)' })
    } else if (environment.isProtected && last && live !== last.contentHash) {
      drift.push({ ...place, reason: `its content no longer matches release #${last.number}, the last one applied` })
    }
  }
  return drift
}
