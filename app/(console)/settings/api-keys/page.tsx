import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { CreateKeyButton } from '@/components/api-keys/create-key-button'
import { KeyCard } from '@/components/api-keys/key-card'
import { apiKeysPage } from '@/lib/api-keys/queries'
import { can, canAnywhere, workspaceResource } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('API keys')

/** The tenant's API keys: tenant admins manage all, a workspace admin those of their workspace, auditors read. */
async function ApiKeysPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const actor = ctx.actor
  if (!canAnywhere(actor, 'apiKeys.read')) {
    return (
      <AccessDenied
        what="the API keys"
        why="Tenant administrators, auditors and workspace admins (for their own workspace) see API keys."
      />
    )
  }
  const { keys, bindings } = await apiKeysPage(ctx.db, actor)
  const manages = bindings.length > 0
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'API keys' }]}
        title="API keys"
        badges={!manages && <ReadOnlyBadge />}
        description={
          <>
            Keys for the public API at <code className="font-mono">/api/v1</code>, sent as{' '}
            <code className="font-mono">Authorization: Bearer atr_…</code>. A key never does more than the person who made it can do now,
            and is shown only once.
          </>
        }
      >
        {/* One place for the button whatever the list holds: the dialog showing a new key must outlive the list's first entry. */}
        {manages && <CreateKeyButton bindings={bindings} currentWorkspaceId={ctx.workspace.id} />}
      </PageHeader>
      {keys.length === 0 ? (
        <EmptyState title="No API keys yet.">
          <p>
            {manages
              ? 'Create one for a script or a CI job with “Create key”: choose where it works, what it may do and when it expires.'
              : 'An administrator creates them.'}
          </p>
        </EmptyState>
      ) : (
        <ul aria-label="API keys" className="space-y-3">
          {keys.map((key) => (
            <li key={key.id}>
              <KeyCard
                apiKey={key}
                manages={can(actor, 'apiKeys.manage', key.workspace ? workspaceResource(key.workspace) : { tenantId: actor.tenantId })}
                // Tenant-wide managers act on any key through the tenant: a key bound to an archived workspace stays revocable.
                managedThrough={can(actor, 'apiKeys.manage', { tenantId: actor.tenantId }) ? '' : (key.workspaceId ?? '')}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ApiKeysPage)
