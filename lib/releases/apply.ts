import type { Tx } from '@/lib/db/client'

/**
 * The one path that writes a protected environment: the trigger on Resource and
 * ResourceRevision lets a write through only while this transaction-local setting is on.
 */
export async function whileApplying<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  await tx.$executeRaw`SELECT set_config('atrium.applying_release', 'on', true)`
  const result = await write()
  await tx.$executeRaw`SELECT set_config('atrium.applying_release', 'off', true)`
  return result
}
