import type { Metadata } from 'next'
import Link from 'next/link'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { LinkButton } from '@/components/ui/link-button'
import { ListToolbar, Pager } from '@/components/ui/list-controls'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { formatDate, formatDateTime } from '@/lib/format/date'
import { singleValues } from '@/lib/listing/query'
import { getPlatformContext } from '@/lib/platform/context'
import { organisationsPage, organisationsQuery } from '@/lib/platform/queries'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'Organisations · Platform · Atrium' })
export { generateMetadata }

const STATUS_TONE = { active: 'green', suspended: 'amber', 'deletion scheduled': 'neutral' } as const

/** Every organisation on the instance, searched and paged on the server. */
async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { db } = await getPlatformContext()
  const query = organisationsQuery.parse(singleValues(await searchParams))
  const page = await organisationsPage(db, query)
  return (
    <div className="space-y-4">
      <PageHeader
        trail={[{ label: 'Platform' }, { label: 'Organisations' }]}
        title="Organisations"
        description="Every organisation on this instance. Looking inside one takes a support session it grants."
      >
        <LinkButton href="/platform/organisations/new">New organisation</LinkButton>
      </PageHeader>
      <ListToolbar
        query={query}
        searchLabel="Search"
        placeholder="Name or slug"
        noun={['organisation', 'organisations']}
        total={page.total}
        pages={page.pages}
      />
      {page.rows.length === 0 ? (
        <EmptyState title={query.q ? 'No organisation matches' : 'No organisations yet'}>
          {query.q ? 'Try part of a name or a slug.' : 'Organisations appear here once someone creates one.'}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Organisation</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="hidden px-4 py-2 text-right font-medium sm:table-cell">Workspaces</th>
                <th className="hidden px-4 py-2 text-right font-medium sm:table-cell">People</th>
                <th className="hidden px-4 py-2 font-medium md:table-cell">Last activity</th>
                <th className="hidden px-4 py-2 font-medium md:table-cell">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <td className="px-4 py-2">
                    <Link href={`/platform/organisations/${row.id}`} className="font-medium text-indigo-700 hover:underline">
                      {row.name}
                    </Link>
                    <span className="block text-xs text-slate-500">{row.slug}</span>
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={STATUS_TONE[row.status]}>{row.status}</Badge>
                  </td>
                  <td className="hidden px-4 py-2 text-right tabular-nums sm:table-cell">{row.workspaces}</td>
                  <td className="hidden px-4 py-2 text-right tabular-nums sm:table-cell">{row.people}</td>
                  <td className="hidden px-4 py-2 text-slate-600 md:table-cell">
                    {row.lastActivity ? formatDateTime(row.lastActivity) : '—'}
                  </td>
                  <td className="hidden px-4 py-2 text-slate-600 md:table-cell">{formatDate(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager query={query} pages={page.pages} />
    </div>
  )
}

export default withDocumentTitle(generateMetadata, OrganisationsPage)
