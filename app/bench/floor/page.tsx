import { notFound } from 'next/navigation'
import { auth } from '@/lib/auth'
import { getConfig } from '@/lib/config'

/**
 * Benchmark mode only: the framework floor the console's pages are measured against
 * (npm run bench:pages): the same server, the same root layout, reading the session
 * and nothing else.
 */
export default async function FloorPage() {
  if (!getConfig().bench) notFound()
  const session = await auth()
  return <p>Signed in: {session ? 'yes' : 'no'}</p>
}
