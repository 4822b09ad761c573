import { auditEvent } from '@/lib/audit/events'
import { formatDate } from '@/lib/format/date'

/** Recorded by the operators' command lib/tenants/cli/set-workspace-limit.ts. */
export const tenantWorkspaceLimitChanged = auditEvent(
  'tenant.workspaceLimitChanged',
  'tenant',
  (data: { from: number; to: number; by: string }) => `changed the workspace limit from ${data.from} to ${data.to}`,
)

type Named = { name: string; slug: string }

/** The first entry of the instance's first organisation (/setup, npm run setup). */
export const instanceSetUp = auditEvent(
  'instance.setUp',
  'tenant',
  (data: Named & { email: string }) => `set up Atrium with the organisation ${data.name}`,
)

export const organisationCreated = auditEvent('organisation.created', 'tenant', (data: Named) => `created the organisation ${data.name}`)

export const organisationRenamed = auditEvent(
  'organisation.renamed',
  'tenant',
  (data: { before: string; after: string }) => `renamed the organisation ${data.before} to ${data.after}`,
)

export const organisationDeletionScheduled = auditEvent(
  'organisation.deletionScheduled',
  'tenant',
  (data: Named & { dueAt: string }) => `scheduled the deletion of the organisation ${data.name} for ${formatDate(new Date(data.dueAt))}`,
)

export const organisationDeletionCancelled = auditEvent(
  'organisation.deletionCancelled',
  'tenant',
  (data: Named) => `cancelled the deletion of the organisation ${data.name}`,
)

export const TENANT_AUDIT_EVENTS = [
  tenantWorkspaceLimitChanged,
  instanceSetUp,
  organisationCreated,
  organisationRenamed,
  organisationDeletionScheduled,
  organisationDeletionCancelled,
]
