import { notFound } from 'next/navigation'
import { authorizeAccount, isPlatformOperator } from '@/lib/authz/permissions'
import { getContext, type PageContext } from '@/lib/context'
import { accountOf } from '@/lib/context/account'
import { getDb, type Db } from '@/lib/db/client'
import { scopedDb } from '@/lib/db/scope'
import { readInstanceRules } from '@/lib/db/instance'

export interface PlatformContext {
  ctx: PageContext
  /** Every organisation's facts, on the named path 'platform' (docs/architecture.md §1a). */
  db: Db
  /** Whether the operator may act (two-factor authentication set up); else the pages say what to do first. */
  mayOperate: boolean
}

/**
 * The platform console's context: a platform operator, or the same 404 as any unknown page
 * for everyone else. lib/authz decides both.
 */
export async function getPlatformContext(): Promise<PlatformContext> {
  const ctx = await getContext()
  if (!ctx || !isPlatformOperator(ctx.user)) notFound()
  const db = scopedDb(getDb(), { acrossTenants: 'platform' })
  const mayOperate = authorizeAccount(accountOf(ctx), 'platform.operate', await readInstanceRules(db)) === 'ok'
  return { ctx, db, mayOperate }
}
