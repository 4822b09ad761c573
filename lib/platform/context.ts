import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'
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
}

/**
 * The platform console's context: a platform operator with two-factor authentication (one
 * without is sent to set it up), or the same 404 as any unknown page for everyone else.
 * lib/authz decides both.
 */
export const getPlatformContext = cache(async (): Promise<PlatformContext> => {
  const ctx = await getContext()
  if (!ctx || !isPlatformOperator(ctx.user)) notFound()
  const db = scopedDb(getDb(), { acrossTenants: 'platform' })
  // Every page asks, not only the layout: a page's segment can be requested on its own.
  if (authorizeAccount(accountOf(ctx), 'platform.operate', await readInstanceRules(db)) !== 'ok') redirect('/two-factor/setup')
  return { ctx, db }
})
