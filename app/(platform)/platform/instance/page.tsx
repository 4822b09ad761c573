import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { InstanceSettingsForm } from '@/components/platform/instance-settings-form'
import { Operators } from '@/components/platform/operators'
import { Card } from '@/components/ui/card'
import { readInstance } from '@/lib/db/instance'
import { getPlatformContext } from '@/lib/platform/context'
import { platformOperators } from '@/lib/platform/queries'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'Instance · Platform · Atrium' })

/** The instance's own settings: sign-up, organisation creation, and who the operators are. */
async function InstancePage() {
  const { ctx, db } = await getPlatformContext()
  const [instance, operators] = await Promise.all([readInstance(db), platformOperators(db)])
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[{ label: 'Platform' }, { label: 'Instance' }]}
        title="Instance settings"
        description="Rules for the whole instance, for every organisation on it."
      />
      <Card title="Sign-up and organisations">
        <InstanceSettingsForm
          saved={{
            signUpPolicy: instance.signUpPolicy,
            signUpDomains: instance.signUpDomains,
            organisationCreation: instance.organisationCreation,
            organisationsPerAccount: instance.organisationsPerAccount,
          }}
        />
      </Card>
      <Card title="Platform operators">
        <Operators operators={operators} selfId={ctx.user.id} />
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, InstancePage)
