import type { Metadata } from 'next'
import Link from 'next/link'
import { withDocumentTitle } from '@/components/console/document-title'
import { EnvironmentHeader } from '@/components/environments/environment-header'
import { EnvironmentTabs } from '@/components/environments/environment-tabs'
import { ChangeCard } from '@/components/releases/change-card'
import { DraftReleaseForm } from '@/components/releases/draft-release-form'
import { Card } from '@/components/ui/card'
import { TabLinks } from '@/components/ui/tab-links'
import { WorkspaceAccessDenied } from '@/components/workspaces/workspace-access-denied'
import { loadEnvironmentPage } from '@/lib/context/environment-page'
import { environmentPath } from '@/lib/environments/paths'
import { workspacePageTitle } from '@/lib/context/workspace-page'
import { formatDateTime } from '@/lib/format/date'
import { plural } from '@/lib/format/plural'
import { compareEnvironments, itemKey } from '@/lib/releases/compare'
import { changeCounts, changeMarks, isOwnChange } from '@/lib/releases/change-summary'
import { latestRevisions, type Provenance } from '@/lib/releases/provenance'
import { CHANGE_LABELS } from '@/lib/releases/status'
import { resourceLabel } from '@/lib/resources/kinds'

type Params = {
  params: Promise<{ workspaceId: string; environment: string }>
  searchParams: Promise<{ only?: string }>
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return workspacePageTitle((await params).workspaceId, 'Compare')
}

/** "Pat Builder, 7 Dec 2026, 14:03 UTC, with release #3 into Staging (applied by Rob Reviewer)", or where the source never had it. */
function byline(provenance: Provenance | undefined, source: string, target: string) {
  if (!provenance) return `Only in ${target}: ${source} never held it.`
  const who = provenance.authorName ?? 'A former user'
  const { release } = provenance
  const how = release?.number ? `, with release #${release.number} into ${source} (applied by ${release.appliedBy ?? 'a former user'})` : ''
  return `${who}, ${formatDateTime(provenance.at)}${how}`
}

async function ComparePage({ params, searchParams }: Params) {
  const { workspaceId, environment: slug } = await params
  const onlyMine = (await searchParams).only === 'mine'
  const at = await loadEnvironmentPage(workspaceId, slug)
  const { workspace, environment, target, mayPropose, ctx } = at
  if (!at.readable) return <WorkspaceAccessDenied workspace={workspace} />
  const [compared, provenance] = target
    ? await Promise.all([compareEnvironments(ctx.db, environment.id, target.id), latestRevisions(ctx.db, environment.id)])
    : [[], new Map<string, Provenance>()]
  const changes = compared
    .filter((item) => item.status !== 'unchanged')
    .map((item) => {
      const made = provenance.get(itemKey(item))
      return {
        ...item,
        id: itemKey(item),
        change: item.status as Exclude<typeof item.status, 'unchanged'>,
        made,
        mine: isOwnChange(made, ctx.actor!.userId),
      }
    })
  const shown = onlyMine ? changes.filter((item) => item.mine) : changes
  const mineCount = changes.filter((item) => item.mine).length
  const unchanged = compared.length - changes.length
  const here = `${at.base}/compare`
  return (
    <div>
      <EnvironmentHeader
        at={at}
        page="Compare"
        title={target ? `${environment.name} → ${target.name}` : environment.name}
        readOnly={!mayPropose}
      />
      <EnvironmentTabs at={at} current="compare" />
      {!target ? (
        <p className="mt-6 text-sm text-slate-600">{environment.name} releases to no other environment.</p>
      ) : changes.length === 0 ? (
        <Card className="mt-6">
          <p className="text-sm text-slate-600">
            {compared.length === 0
              ? 'Neither environment holds anything yet.'
              : `${target.name} already holds what ${environment.name} holds: nothing to release.`}
          </p>
        </Card>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-700" role="status">
              <span className="font-medium">{changeCounts(changes)}</span>
              {unchanged > 0 && <span className="text-slate-500"> · {plural(unchanged, 'item is', 'items are')} the same in both</span>}
            </p>
            <TabLinks
              label="Which changes"
              tabs={[
                { label: 'All changes', count: changes.length, href: here, current: !onlyMine },
                { label: 'Only mine', count: mineCount, href: `${here}?only=mine`, current: onlyMine },
              ]}
            />
          </div>
          <div className="mt-4 grid gap-6 lg:grid-cols-5">
            {/* First on a phone, beside the changes on a wide screen: the form is never below the diff. */}
            <Card
              title={`Release to ${target.name}`}
              className="h-fit lg:sticky lg:top-4 lg:col-span-2 lg:col-start-4 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
            >
              {mayPropose ? (
                <DraftReleaseForm
                  key={onlyMine ? 'mine' : 'all'}
                  workspaceId={workspace.id}
                  sourceEnvironmentId={environment.id}
                  target={target.name}
                  releasesHref={`${environmentPath(workspace.id, target.slug)}/releases`}
                  changes={shown.map((item) => ({
                    id: item.id,
                    label: resourceLabel(item.kind, item.name),
                    status: CHANGE_LABELS[item.change],
                    mine: item.mine,
                  }))}
                />
              ) : (
                <p className="text-sm text-slate-600">
                  Members and admins of this workspace propose releases; you can read the comparison.
                </p>
              )}
            </Card>
            <div className="space-y-4 lg:col-span-3 lg:col-start-1 lg:row-start-1">
              {shown.length === 0 && (
                <p className="text-sm text-slate-600">
                  None of these changes is yours.{' '}
                  <Link href={here} className="font-medium text-indigo-700 hover:underline">
                    Show all changes
                  </Link>
                </p>
              )}
              {shown.map((item) => (
                <ChangeCard
                  key={item.id}
                  item={item}
                  before={`${target.name} now`}
                  after={`proposed from ${environment.name}`}
                  removal={`Not in ${environment.name}: releasing removes it from ${target.name}.`}
                  byline={byline(item.made, environment.name, target.name)}
                  marks={[...(item.mine ? ['Yours'] : []), ...changeMarks(item.made)]}
                />
              ))}
            </div>
          </div>
        </>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ComparePage)
