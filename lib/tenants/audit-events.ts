import { auditEvent } from '@/lib/audit/events'

/** Recorded by the operators' command lib/tenants/cli/set-workspace-limit.ts. */
export const tenantWorkspaceLimitChanged = auditEvent(
  'tenant.workspaceLimitChanged',
  'tenant',
  (data: { from: number; to: number; by: string }) => `changed the workspace limit from ${data.from} to ${data.to}`,
)

export const TENANT_AUDIT_EVENTS = [tenantWorkspaceLimitChanged]
