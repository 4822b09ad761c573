import { auditEvent } from '@/lib/audit/events'

/** How many of the person's sessions ended with it (present only when some did). */
type SessionsEnded = { sessionsEnded?: number }

export const tenantUserRoleChanged = auditEvent(
  'tenantUser.roleChanged',
  'user',
  (data: { email: string; from: string; to: string }) =>
    `changed the tenant role of ${data.email} from ${data.from.replace('tenant_', '')} to ${data.to.replace('tenant_', '')}`,
)

export const tenantUserDisabled = auditEvent(
  'tenantUser.disabled',
  'user',
  (data: { email: string } & SessionsEnded) => `disabled ${data.email} in this tenant`,
)

export const tenantUserEnabled = auditEvent(
  'tenantUser.enabled',
  'user',
  (data: { email: string }) => `re-enabled ${data.email} in this tenant`,
)

export const tenantUserRemoved = auditEvent(
  'tenantUser.removed',
  'user',
  (data: { email: string; role: string; workspaces: number } & SessionsEnded) => `removed ${data.email} from this tenant`,
)

export const TENANT_USER_AUDIT_EVENTS = [tenantUserRoleChanged, tenantUserDisabled, tenantUserEnabled, tenantUserRemoved]
