import type { Tx } from '@/lib/db/client'

/**
 * The one path that writes a protected environment. The database lets it through only
 * for the release this transaction is applying (atrium_begin_release_apply, a function
 * the runtime role may call but whose grant it cannot write itself), and refuses the
 * commit unless that release is marked applied by then (docs/architecture.md §1a).
 */
export async function whileApplying<T>(tx: Tx, releaseId: string, write: () => Promise<T>): Promise<T> {
  await tx.$executeRaw`SELECT "atrium_begin_release_apply"(${releaseId})`
  return write()
}
