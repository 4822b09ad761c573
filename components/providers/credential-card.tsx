import { Badge } from '@/components/ui/badge'
import { FactRows } from '@/components/ui/fact-rows'
import { formatDateTime } from '@/lib/format/date'
import { plural } from '@/lib/format/plural'
import { PROVIDERS } from '@/lib/providers/catalog'
import type { CredentialRow } from '@/lib/providers/queries'
import { CredentialActions } from './credential-actions'
import { Grants } from './grants'

/** Disabled first (nothing uses it), then the last test's outcome. */
export function CredentialStatus({ credential }: { credential: Pick<CredentialRow, 'disabledAt' | 'check'> }) {
  if (credential.disabledAt) return <Badge>Disabled</Badge>
  if (credential.check === 'VERIFIED') return <Badge tone="green">Verified</Badge>
  if (credential.check === 'FAILING') return <Badge tone="amber">Failing</Badge>
  return <Badge tone="indigo">Not tested</Badge>
}

/** One credential: what it is, its state, who uses it; the steps for those who manage it. */
export function CredentialCard({
  credential,
  workspaces,
  manages,
}: {
  credential: CredentialRow
  workspaces: { id: string; name: string }[]
  manages: boolean
}) {
  const headingId = `credential-${credential.id}`
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-surface p-5 shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
            <span className="break-words">{credential.name}</span>
            <CredentialStatus credential={credential} />
          </h2>
          <p className="text-sm text-slate-600">
            {PROVIDERS[credential.provider].label} · <span className="font-mono">{credential.fingerprint}</span>
          </p>
        </div>
        {manages && (
          <CredentialActions
            credential={{
              id: credential.id,
              name: credential.name,
              enabled: !credential.disabledAt,
              grantedTo: credential.grants.map((grant) => grant.workspace.name),
            }}
          />
        )}
      </header>
      {credential.check === 'FAILING' && credential.checkMessage && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Last test: {credential.checkMessage}</p>
      )}
      <FactRows
        className="mt-4"
        facts={[
          credential.baseUrl !== null && { term: 'API address', detail: <span className="break-all font-mono">{credential.baseUrl}</span> },
          { term: 'Added', detail: `${formatDateTime(credential.createdAt)}${credential.addedBy ? ` by ${credential.addedBy.name}` : ''}` },
          credential.rotatedAt && { term: 'Key rotated', detail: formatDateTime(credential.rotatedAt) },
          credential.lastCheckedAt && { term: 'Last tested', detail: formatDateTime(credential.lastCheckedAt) },
          { term: 'Last verified', detail: credential.lastVerifiedAt ? formatDateTime(credential.lastVerifiedAt) : 'Never' },
          { term: 'Used by', detail: plural(credential.grants.length, 'workspace', 'workspaces') },
        ]}
      />
      <Grants
        credentialId={credential.id}
        credentialName={credential.name}
        grants={credential.grants}
        workspaces={workspaces}
        manages={manages}
      />
    </section>
  )
}
