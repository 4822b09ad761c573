import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { CreateOrganisationForForm } from '@/components/platform/create-organisation-for-form'
import { Card } from '@/components/ui/card'
import { getPlatformContext } from '@/lib/platform/context'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'New organisation · Platform · Atrium' })

/** An organisation an operator makes for someone else. */
async function NewOrganisationPage() {
  await getPlatformContext()
  return (
    <div className="max-w-xl">
      <PageHeader
        trail={[{ label: 'Platform', href: '/platform' }, { label: 'New organisation' }]}
        title="New organisation"
        description="It starts with a General workspace holding Development, Staging and Production."
      />
      <Card>
        <CreateOrganisationForForm />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, NewOrganisationPage)
