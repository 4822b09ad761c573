import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import { ReleaseQueueCard } from '@/components/releases/release-queue'
import { Card } from '@/components/ui/card'
import { getContext } from '@/lib/context'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { releaseQueuesOf } from '@/lib/releases/queue'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Reviews')

/** What waits for this person across the organisation's workspaces: releases to review, and their own open ones. */
async function ReviewsPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  const { waiting, own, reviews, proposes } = await releaseQueuesOf(ctx.db, ctx.actor)
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Reviews' }]}
        title="Reviews"
        description="Releases waiting for you, oldest first, and the ones you proposed."
      />
      {reviews && <ReleaseQueueCard queue="waiting" releases={waiting} />}
      {proposes && <ReleaseQueueCard queue="own" releases={own} />}
      {!reviews && !proposes && (
        <Card>
          <p className="text-sm text-slate-600">
            You neither propose nor review releases in this organisation: you can read them in each environment.
          </p>
        </Card>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, ReviewsPage)
