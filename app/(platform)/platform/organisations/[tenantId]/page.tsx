import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { withDocumentTitle } from '@/components/console/document-title'
import { PageHeader } from '@/components/console/page-header'
import {
  CancelDeletionButton,
  ReactivateOrganisationButton,
  ScheduleDeletionForm,
  SuspendOrganisationForm,
  WorkspaceLimitForm,
} from '@/components/platform/organisation-controls'
import { EndSupportButton } from '@/components/support/end-support-button'
import { EnterOrganisation } from '@/components/support/enter-organisation'
import { RequestSupportForm } from '@/components/support/request-support-form'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { FactRows } from '@/components/ui/fact-rows'
import { formatDate, formatDateTime } from '@/lib/format/date'
import { isEntityId } from '@/lib/validation'
import { getPlatformContext } from '@/lib/platform/context'
import { openSupportSessionsOf, organisationFacts } from '@/lib/platform/queries'
import { waitingAt } from '@/lib/support/service'

const generateMetadata = (): Promise<Metadata> => Promise.resolve({ title: 'Organisation · Platform · Atrium' })

const POLICY = { off: 'Off', on_approval: 'On approval', allowed: 'Allowed (read-only)' } as const

/** One organisation as an operator sees it: its facts and limits, suspension, and support access to it. */
async function OrganisationPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params
  if (!isEntityId(tenantId)) notFound()
  const { ctx, db } = await getPlatformContext()
  const [organisation, mine] = await Promise.all([organisationFacts(db, tenantId), openSupportSessionsOf(db, ctx.user.id)])
  if (!organisation) notFound()
  const session = mine.find((s) => s.tenantId === tenantId)
  // As the request context decides it: what the session gives now (lib/context/resolve.ts).
  const live = ctx.supportSessions.find((s) => s.id === session?.id)
  const member = ctx.switcher.some((group) => group.tenantId === tenantId)
  const defaultWorkspace = live ? await db.workspace.findFirst({ where: { tenantId, isDefault: true }, select: { id: true } }) : null
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        trail={[{ label: 'Platform', href: '/platform' }, { label: organisation.name }]}
        title={
          <>
            {organisation.name} <Badge tone={organisation.status === 'active' ? 'green' : 'amber'}>{organisation.status}</Badge>
          </>
        }
        description={organisation.slug}
      />
      {organisation.suspendedReason && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          Suspended {formatDateTime(organisation.suspendedAt!)}
          {organisation.suspendedBy && ` by ${organisation.suspendedBy.name}`}: {organisation.suspendedReason}
        </p>
      )}
      <Card title="Facts">
        <FactRows
          facts={[
            {
              term: 'Created',
              detail: `${formatDate(organisation.createdAt)}${organisation.createdBy ? ` by ${organisation.createdBy.name}` : ''}`,
            },
            { term: 'Active workspaces', detail: `${organisation._count.workspaces} of at most ${organisation.workspaceLimit}` },
            { term: 'People', detail: organisation._count.memberships },
            { term: 'Tenant admins', detail: organisation.admins.map((a) => `${a.name} <${a.email}>`).join(', ') || 'none active' },
            { term: 'Audit entries', detail: organisation.auditHead?.seq ?? 0 },
            { term: 'Last activity', detail: organisation.auditHead ? formatDateTime(organisation.auditHead.updatedAt) : '—' },
            { term: 'Two-factor authentication', detail: organisation.requireTwoFactor ? 'required' : 'not required' },
            {
              term: 'Support access',
              detail: `${POLICY[organisation.supportAccess]}${organisation.supportReadWrite ? ', read-write on approval' : ''}`,
            },
            organisation.deletionDueAt && { term: 'Deletion due', detail: formatDateTime(organisation.deletionDueAt) },
          ]}
        />
      </Card>
      <Card title="Support access">
        {member ? (
          <p className="text-sm text-slate-700">You are a member of this organisation: switch to it from the sidebar.</p>
        ) : session ? (
          <div className="space-y-3 text-sm">
            <p className="text-slate-800">
              {live
                ? `Your ${live.mode === 'read_write' ? 'read-write' : 'read-only'} session lasts until ${formatDateTime(session.endsAt!)}.`
                : waitingAt(session)
                  ? `Your request (${formatDateTime(session.requestedAt)}) waits for a tenant admin’s answer.`
                  : 'Your session gives no access now: it has ended, or the organisation is closed to support.'}
            </p>
            <p className="break-words text-slate-600">Reason: {session.reason}</p>
            <div className="flex flex-wrap gap-3">
              {live && defaultWorkspace && <EnterOrganisation workspaceId={defaultWorkspace.id} label={`Open ${organisation.name}`} />}
              {(live || waitingAt(session)) && <EndSupportButton sessionId={session.id} waiting={!live} />}
            </div>
          </div>
        ) : organisation.supportAccess === 'off' ? (
          <p className="text-sm text-slate-700">This organisation has turned support access off. Ask its tenant admins to allow it.</p>
        ) : organisation.deletionDueAt ? (
          <p className="text-sm text-slate-700">This organisation is scheduled for deletion.</p>
        ) : organisation.suspendedAt ? (
          <p className="text-sm text-slate-700">This organisation is suspended: nobody enters it, support included.</p>
        ) : (
          <RequestSupportForm
            tenantId={organisation.id}
            organisation={organisation.name}
            policy={organisation.supportAccess}
            readWritePossible={organisation.supportReadWrite}
          />
        )}
      </Card>
      <Card title="Workspace limit">
        <WorkspaceLimitForm tenantId={organisation.id} limit={organisation.workspaceLimit} />
      </Card>
      <Card title={organisation.suspendedAt ? 'Suspended' : 'Suspend'}>
        {organisation.suspendedAt ? (
          <ReactivateOrganisationButton tenantId={organisation.id} name={organisation.name} />
        ) : (
          <SuspendOrganisationForm tenantId={organisation.id} name={organisation.name} />
        )}
      </Card>
      <Card title="Delete">
        {organisation.deletionDueAt ? (
          <div className="space-y-3 text-sm">
            <p>Scheduled for deletion: it is purged after {formatDateTime(organisation.deletionDueAt)}.</p>
            <CancelDeletionButton tenantId={organisation.id} name={organisation.name} />
          </div>
        ) : (
          <ScheduleDeletionForm tenantId={organisation.id} slug={organisation.slug} />
        )}
      </Card>
    </div>
  )
}

export default withDocumentTitle(generateMetadata, OrganisationPage)
