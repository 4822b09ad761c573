import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { EmptyState } from '@/components/ui/empty-state'
import { ReadOnlyBadge } from '@/components/console/read-only-badge'
import { AddCredentialButton } from '@/components/providers/add-credential-button'
import { CredentialCard } from '@/components/providers/credential-card'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { providersPage } from '@/lib/providers/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('AI providers')

/** The tenant's AI provider credentials: tenant admins manage them, auditors read what is safe to read. */
async function ProvidersPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const tenant = { tenantId: ctx.actor.tenantId }
  if (!can(ctx.actor, 'credentials.read', tenant)) {
    return <AccessDenied what="the AI providers" why="Only tenant administrators and auditors see the tenant's provider credentials." />
  }
  const manages = can(ctx.actor, 'credentials.manage', tenant)
  const { credentials, workspaces } = await providersPage(ctx.db, ctx.actor.tenantId)
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'AI providers' }]}
        title="AI providers"
        badges={!manages && <ReadOnlyBadge />}
        description="Keys for AI providers, shared by the whole tenant and usable only by the workspaces they are granted to. A key is encrypted when saved and never shown again."
      >
        {manages && <AddCredentialButton />}
      </PageHeader>
      {credentials.length === 0 ? (
        <EmptyState title="No provider credentials yet.">
          <p>
            {manages
              ? 'Add your organisation’s key for OpenAI, Anthropic, Azure OpenAI, Google, Mistral or an OpenAI-compatible endpoint with “Add credential”, then grant it to workspaces.'
              : 'A tenant administrator adds them.'}
          </p>
        </EmptyState>
      ) : (
        <ul aria-label="Provider credentials" className="space-y-4">
          {credentials.map((credential) => (
            <li key={credential.id}>
              <CredentialCard credential={credential} workspaces={workspaces} manages={manages} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ProvidersPage)
