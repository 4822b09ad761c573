import type { RetentionPeriods } from '@/lib/config'
import type { Db } from '@/lib/db/client'
import { pruneExpired } from './prune'

const DAY_MS = 24 * 60 * 60_000
/** The first run waits for the server to settle; then once a day. */
const FIRST_RUN_AFTER_MS = 60_000

/**
 * Prunes on start-up and daily, without an operator. Every instance schedules it; runs on
 * several instances at once are safe (prune.ts skips rows another run holds). A failed run
 * is logged and tried again the next day; it never stops the server.
 */
export function schedulePruning(db: () => Db, periods: RetentionPeriods): () => void {
  const run = async () => {
    try {
      const report = await pruneExpired(db(), periods)
      const removed = Object.entries(report).filter(([, count]) => count > 0)
      if (removed.length > 0) console.log(`[retention] pruned ${removed.map(([name, count]) => `${count} ${name}`).join(', ')}`)
    } catch (error) {
      console.warn(`[retention] pruning failed, trying again tomorrow: ${(error as Error).message}`)
    }
  }
  const first = setTimeout(run, FIRST_RUN_AFTER_MS)
  const daily = setInterval(run, DAY_MS)
  first.unref()
  daily.unref()
  return () => {
    clearTimeout(first)
    clearInterval(daily)
  }
}
