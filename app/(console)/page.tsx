import { redirect } from 'next/navigation'
import { getContext } from '@/lib/context'

/** The console's home is the active workspace's overview (with its welcome, right after joining). */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  // Without an active workspace the console layout shows the "no workspace" page instead
  // (it renders in parallel with this page, so this page must not assume one).
  const active = (await getContext())?.workspace
  if (!active) return null
  redirect(`/workspaces/${active.id}${(await searchParams).welcome === '1' ? '?welcome=1' : ''}`)
}
