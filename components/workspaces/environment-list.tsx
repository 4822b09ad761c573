import Link from 'next/link'
import { EnvironmentPill } from '@/components/environments/environment-pill'
import { environmentPath } from '@/lib/environments/paths'
import { holdings, openReleasesWords, whereItReleases, type EnvironmentSummary } from '@/lib/environments/queries'

/** A workspace's environments in order: what each holds, where it releases to, what waits for review. */
export function EnvironmentList({ workspaceId, environments }: { workspaceId: string; environments: EnvironmentSummary[] }) {
  if (environments.length === 0) return <p className="text-sm text-slate-500">This workspace has no environments.</p>
  return (
    <ol className="divide-y divide-slate-100">
      {environments.map((environment) => (
        <li key={environment.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm">
          <Link
            href={environmentPath(workspaceId, environment.slug)}
            className="flex min-w-0 items-center gap-2 rounded font-medium text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <EnvironmentPill environment={environment} />
            <span className="text-slate-600">{holdings(environment)}</span>
          </Link>
          <span className="text-xs text-slate-500">
            {openReleasesWords(environment) && (
              <Link
                href={`${environmentPath(workspaceId, environment.slug)}/releases`}
                className="mr-2 font-medium text-amber-800 underline-offset-2 hover:underline"
              >
                {openReleasesWords(environment)}
              </Link>
            )}
            {whereItReleases(environment)}
          </span>
        </li>
      ))}
    </ol>
  )
}
