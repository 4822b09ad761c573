import type { Metadata } from 'next'
import Link from 'next/link'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { verifyPlatformLog } from '@/lib/audit/platform-log'
import { getConfig } from '@/lib/config'
import { formatDateTime } from '@/lib/format/date'
import { firstValue } from '@/lib/validation'
import { getPlatformContext } from '@/lib/platform/context'
import { platformLogPage } from '@/lib/platform/queries'
import { describeAuditEvent } from '@/lib/audit-log/describe'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'Platform log · Platform · Atrium' })

const PAGE_SIZE = 50

/** Every operator action, newest first, with the log's verification (a keyed hash chain like a tenant's). */
async function PlatformLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db } = await getPlatformContext()
  const before = Number(firstValue((await searchParams).before))
  const [page, verification] = await Promise.all([
    platformLogPage(db, { before: Number.isInteger(before) && before > 0 ? before : undefined, size: PAGE_SIZE }),
    verifyPlatformLog(db, getConfig().auditKey),
  ])
  const oldest = page.entries.at(-1)
  return (
    <div className="space-y-4">
      <PageHeader
        trail={[{ label: 'Platform' }, { label: 'Platform log' }]}
        title={
          <>
            Platform log{' '}
            {verification.ok ? (
              <Badge tone="green">Chain verified</Badge>
            ) : (
              <Badge tone="amber">Chain broken at #{verification.brokenAtSeq}</Badge>
            )}
          </>
        }
        description={`Every operator action and every organisation’s decision on support access: ${page.total} entries. Each is also in the organisation’s own log.`}
      />
      {!verification.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800">
          {verification.reason}
        </p>
      )}
      {page.entries.length === 0 ? (
        <EmptyState title="Nothing yet">Operator actions appear here as they happen.</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-surface">
          {page.entries.map((entry) => {
            const actor = entry.actorId ? page.actors.get(entry.actorId) : null
            const organisation = entry.organisationId ? page.organisations.get(entry.organisationId) : null
            return (
              <li key={entry.id} className="space-y-0.5 px-4 py-3 text-sm">
                <p className="break-words text-slate-900">
                  <span className="font-medium">{actor ? actor.name : 'Atrium'}</span> {describeAuditEvent(entry)}
                </p>
                <p className="text-xs text-slate-500">
                  #{entry.seq} · {formatDateTime(entry.createdAt)}
                  {entry.organisationId && (
                    <>
                      {' · '}
                      {organisation ? (
                        <Link href={`/platform/organisations/${entry.organisationId}`} className="text-indigo-700 underline">
                          {organisation}
                        </Link>
                      ) : (
                        'a deleted organisation'
                      )}
                    </>
                  )}
                  {actor && ` · ${actor.email}`}
                </p>
              </li>
            )
          })}
        </ol>
      )}
      {oldest && oldest.seq > 1 && (
        <Link href={`/platform/log?before=${oldest.seq}`} className="text-sm font-medium text-indigo-700 hover:underline">
          Older entries →
        </Link>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, PlatformLogPage)
