import { plural } from '@/lib/format/plural'
import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { PageHeader } from '@/components/console/page-header'
import { AuditFiltersForm } from '@/components/audit/audit-filters'
import { AuditTable } from '@/components/audit/audit-table'
import { ChainBadge } from '@/components/audit/chain-badge'
import { readAuditFilters, type AuditFilters } from '@/lib/audit-log/filters'
import { auditLogView } from '@/lib/audit-log/queries'
import { auditScopeOf } from '@/lib/audit-log/scope'
import { getConfig } from '@/lib/config'
import { can, canAnywhere, holdsNoWrite } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Audit log')

/** The filters as a query string; paging (page and cursor) only when given in `extra`. */
function query(filters: AuditFilters, extra: Record<string, string | number> = {}) {
  const { page: _page, before: _before, after: _after, ...chosen } = filters
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...chosen, ...extra })) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  return params.size ? `?${params}` : ''
}

async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const db = ctx.db
  const scope = await auditScopeOf(db, ctx.actor)
  if (!scope)
    return (
      <AccessDenied
        what="the audit log"
        why="The audit log is for tenant administrators, auditors and the admins of a workspace (for that workspace)."
      />
    )

  const { filters, problems } = readAuditFilters(await searchParams)
  const tenant = { tenantId: ctx.actor.tenantId }
  const { page, options, verification } = await auditLogView(db, getConfig().auditKey, scope, filters, {
    people: can(ctx.actor, 'users.read', tenant),
    credential: can(ctx.actor, 'credentials.read', tenant),
    apiKey: canAnywhere(ctx.actor, 'apiKeys.read'),
  })

  return (
    <div className="space-y-6">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Audit log' }]}
        title="Audit log"
        badges={holdsNoWrite(ctx.actor) && <ReadOnlyBadge />}
        description={
          scope.workspaceIds === 'all'
            ? `Every change in ${ctx.tenant!.name}, in a tamper-evident chain.`
            : 'Changes in the workspaces you administer.'
        }
      >
        <div className="flex gap-2">
          <a
            href={`/audit/export${query(filters, { format: 'csv' })}`}
            download
            className="rounded-md border border-slate-300 bg-surface px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Export CSV
          </a>
          <a
            href={`/audit/export${query(filters, { format: 'jsonl' })}`}
            download
            className="rounded-md border border-slate-300 bg-surface px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Export JSON Lines
          </a>
        </div>
      </PageHeader>
      {verification && <ChainBadge verification={verification} />}
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <AuditFiltersForm filters={filters} options={options} />
      <p className="text-sm text-slate-500">
        {plural(page.total, 'entry', 'entries')} · page {page.number} of {page.pages}
      </p>
      <AuditTable rows={page.rows} />
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {page.links.newer ? (
          <Link
            href={`/audit${query(filters, page.links.newer.page > 1 ? { page: page.links.newer.page, after: page.links.newer.after } : {})}`}
            className="font-medium text-indigo-700 hover:underline"
          >
            ← Newer entries
          </Link>
        ) : (
          <span />
        )}
        {page.links.older && (
          <Link
            href={`/audit${query(filters, { page: page.links.older.page, before: page.links.older.before })}`}
            className="font-medium text-indigo-700 hover:underline"
          >
            Older entries →
          </Link>
        )}
      </nav>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, AuditPage)
