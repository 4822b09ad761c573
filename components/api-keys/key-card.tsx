import { Badge } from '@/components/ui/badge'
import { FactRows } from '@/components/ui/fact-rows'
import { keyStatus, type ApiKeyRow } from '@/lib/api-keys/queries'
import { formatDate, formatDateTime } from '@/lib/format/date'
import { KeyActions } from './key-actions'

const STATUS = {
  active: <Badge tone="green">Active</Badge>,
  replaced: <Badge tone="amber">Rotated: ends soon</Badge>,
  expired: <Badge tone="amber">Expired</Badge>,
  revoked: <Badge>Revoked</Badge>,
}

/** One API key: its start (never the key), where it works, what it may do, whose it is, its dates. */
export function KeyCard({ apiKey, manages, managedThrough }: { apiKey: ApiKeyRow; manages: boolean; managedThrough: string }) {
  const status = keyStatus(apiKey)
  const headingId = `api-key-${apiKey.id}`
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-surface p-4 shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
            <span className="break-words">{apiKey.name}</span>
            {STATUS[status]}
          </h2>
          <p className="font-mono text-sm text-slate-600">{apiKey.start}…</p>
        </div>
        {manages && (status === 'active' || status === 'replaced') && (
          <KeyActions apiKey={{ id: apiKey.id, name: apiKey.name, workspaceId: managedThrough }} rotatable={status === 'active'} />
        )}
      </header>
      <FactRows
        className="mt-3"
        facts={[
          { term: 'Works in', detail: apiKey.workspace?.name ?? 'Every workspace' },
          { term: 'Scopes', detail: apiKey.scopes.join(', ') },
          { term: 'Owner', detail: apiKey.createdBy?.name ?? `${apiKey.createdByOperator ?? 'An operator'} (read only)` },
          { term: 'Created', detail: formatDateTime(apiKey.createdAt) },
          { term: 'Last used', detail: apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : 'Never' },
          apiKey.revokedAt
            ? { term: 'Revoked', detail: formatDateTime(apiKey.revokedAt) }
            : { term: status === 'expired' ? 'Expired' : 'Expires', detail: formatDate(apiKey.expiresAt) },
          apiKey.replacedById !== null && { term: 'Rotated', detail: 'A new key replaced this one; this one works until it expires.' },
        ]}
      />
    </section>
  )
}
