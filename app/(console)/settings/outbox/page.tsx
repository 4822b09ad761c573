import type { Metadata } from 'next'
import { withDocumentTitle } from '@/components/console/document-title'
import { organisationPageTitle } from '@/lib/context/workspace-page'
import { redirect } from 'next/navigation'
import { AccessDenied } from '@/components/console/access-denied'
import { PageHeader } from '@/components/console/page-header'
import { can } from '@/lib/authz/permissions'
import { getContext } from '@/lib/context'
import { formatDateTime } from '@/lib/format/date'
import { outboxMessages } from '@/lib/mail/queries'

export const generateMetadata = (): Promise<Metadata> => organisationPageTitle('Outbox')

/** Mail Atrium sent (or would send, without SMTP_URL). */
async function OutboxPage() {
  const ctx = await getContext()
  if (!ctx?.actor || !ctx.workspace) redirect('/')
  if (!can(ctx.actor, 'tenant.manage', { tenantId: ctx.actor.tenantId }))
    return <AccessDenied what="the outbox" why="Only tenant administrators read the mail Atrium sends." />
  const messages = await outboxMessages(ctx.db, ctx.actor.tenantId)
  return (
    <div>
      <PageHeader
        trail={[{ label: ctx.tenant!.name }, { label: 'Outbox' }]}
        title="Outbox"
        description="Mail Atrium sent, or would send, for this tenant. Invitation links are never stored: with SMTP they go out by mail only; without it, the person who invites sees the link once."
      />
      {messages.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-surface px-4 py-10 text-center text-sm text-slate-500">No mail yet.</p>
      ) : (
        <ul aria-label="Messages" className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-slate-200 bg-surface p-4 shadow-xs">
              <p className="text-sm font-semibold text-slate-900">{message.subject}</p>
              <p className="text-xs text-slate-500">
                To {message.to} · {formatDateTime(message.createdAt)} · {message.sentAt ? 'sent' : 'not sent (no SMTP)'}
              </p>
              <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-700">{message.body}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export default withDocumentTitle(generateMetadata, OutboxPage)
