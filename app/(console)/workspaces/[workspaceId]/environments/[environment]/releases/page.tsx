import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import Link from 'next/link'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { ReleaseStatusBadge } from '@/components/releases/badges'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { plural } from '@/lib/format/plural'
import { formatDateTime } from '@/lib/format/date'
import { releasesInto } from '@/lib/releases/queries'
import { isLiveIn } from '@/lib/releases/status'

type Params = { params: Promise<{ workspaceId: string; environment: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'Releases')
}

async function ReleasesPage({ params }: Params) {
  const { workspaceId, environment: slug } = await params
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, base, source } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const releases = await releasesInto(at.ctx.db, environment.id)
  const live = releases.find((release) => isLiveIn(environment, release))
  return (
    <div>
      <EnvironmentHeader
        at={at}
        page="Releases"
        title={`Releases into ${environment.name}`}
        readOnly={!at.mayPropose && !at.may('releases.review')}
      />
      <EnvironmentTabs at={at} current="releases" />
      <Card className="mt-6">
        {releases.length === 0 ? (
          <p className="text-sm text-slate-500">
            No release into {environment.name} yet.{source ? ` Propose one from ${source.name}'s Compare page.` : ''}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {releases.map((release) => (
              <li key={release.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
                <span className="min-w-0">
                  <Link href={`${base}/releases/${release.id}`} className="font-medium text-indigo-700 hover:underline">
                    {release.number ? `#${release.number} ` : ''}
                    {release.title}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {release.rollbackOfId ? 'rollback' : `from ${release.source.name}`} ·{' '}
                    {plural(release._count.items, 'change', 'changes')} · by {release.author?.name ?? 'a former user'},{' '}
                    {formatDateTime(release.appliedAt ?? release.createdAt)}
                  </span>
                </span>
                <span className="flex gap-1">
                  {live?.id === release.id && <Badge tone="green">Live</Badge>}
                  <ReleaseStatusBadge status={release.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ReleasesPage)
