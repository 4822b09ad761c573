import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { AccountControls } from '@/components/platform/account-controls'
import { Badge } from '@/components/ui/badge'
import { EmptyState } from '@/components/ui/empty-state'
import { ListToolbar, Pager } from '@/components/ui/list-controls'
import { TENANT_ROLE_LABELS } from '@/lib/authz/role-names'
import { singleValues } from '@/lib/listing/query'
import { getPlatformContext } from '@/lib/platform/context'
import { accountsPage, accountsQuery } from '@/lib/platform/queries'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'Accounts · Platform · Atrium' })

/** Any account on the instance, by name or address, with the organisations it belongs to. */
async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, db } = await getPlatformContext()
  const query = accountsQuery.parse(singleValues(await searchParams))
  const page = await accountsPage(db, query)
  return (
    <div className="space-y-4">
      <PageHeader
        trail={[{ label: 'Platform' }, { label: 'Accounts' }]}
        title="Accounts"
        description="Every account on this instance and the organisations it belongs to. Disabling one never leaves an organisation without an active tenant admin."
      />
      <ListToolbar
        query={query}
        searchLabel="Search"
        placeholder="Name or email"
        noun={['account', 'accounts']}
        total={page.total}
        pages={page.pages}
      />
      {page.rows.length === 0 ? (
        <EmptyState title="No account matches">Try part of a name or an address.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-surface">
          {page.rows.map((account) => (
            <li key={account.id} className="space-y-1 px-4 py-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{account.name}</span>
                <span className="break-all text-slate-600">{account.email}</span>
                {account.status !== 'ACTIVE' && <Badge tone="amber">disabled</Badge>}
                {account.isPlatformAdmin && <Badge tone="indigo">operator</Badge>}
                <Badge>{account.hasTwoFactor ? 'two-factor on' : 'no two-factor'}</Badge>
              </p>
              <p className="text-xs text-slate-600">
                {account.organisations.length === 0
                  ? 'In no organisation'
                  : account.organisations
                      .map((o) => `${o.name} (${TENANT_ROLE_LABELS[o.role]}${o.status === 'ACTIVE' ? '' : ', disabled'})`)
                      .join(' · ')}
              </p>
              <AccountControls
                userId={account.id}
                email={account.email}
                active={account.status === 'ACTIVE'}
                hasTwoFactor={account.hasTwoFactor}
                self={account.id === ctx.user.id}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager query={query} pages={page.pages} />
    </div>
  )
}

export default withDocumentTitle(generateMetadata, AccountsPage)
