import type { Db } from '@/lib/db/client'

/** The environment that releases into this one (where its changes are made), if any. */
export function sourceOf(db: Db, environment: { id: string; workspaceId: string }) {
  return db.environment.findFirst({
    where: { workspaceId: environment.workspaceId, releasesToId: environment.id },
    orderBy: { position: 'asc' },
  })
}
