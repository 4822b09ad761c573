import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { CreateOrganisationForm } from '@/components/organisations/create-organisation-form'
import { Card } from '@/components/ui/card'
import { getContext } from '@/lib/context'
import { organisationCreationFor } from '@/lib/tenants/queries'
import { accountOf } from '@/lib/context/account'

export const generateMetadata = async (): Promise<Metadata> => ({ title: 'New organisation' })

/** A new organisation, from the switcher's "New organisation…" (or why this instance does not let this person make one). */
async function NewOrganisationPage() {
  const ctx = await getContext()
  if (!ctx) redirect('/login')
  const decision = await organisationCreationFor(ctx.db, accountOf(ctx))
  return (
    <div className="max-w-2xl">
      <PageHeader
        trail={[{ label: 'Organisations' }, { label: 'New' }]}
        title="New organisation"
        description="An organisation of its own: its people, workspaces, keys and audit log are apart from every other."
      />
      <Card>
        {decision === 'ok' ? (
          <CreateOrganisationForm autoFocus />
        ) : (
          <p className="text-sm text-slate-700">
            On this instance only platform operators create organisations. Ask one of them, or ask an organisation’s administrator to invite
            you.
          </p>
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, NewOrganisationPage)
