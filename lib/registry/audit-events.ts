import { ACCOUNT_AUDIT_EVENTS } from '@/lib/accounts/audit-events'
import { API_KEY_AUDIT_EVENTS } from '@/lib/api-keys/audit-events'
import { auditWording } from '@/lib/audit/events'
import { SESSION_AUDIT_EVENTS } from '@/lib/auth/audit-events'
import { ENCRYPTION_AUDIT_EVENTS } from '@/lib/crypto/audit-events'
import { ENVIRONMENT_AUDIT_EVENTS } from '@/lib/environments/audit-events'
import { INVITATION_AUDIT_EVENTS } from '@/lib/invitations/audit-events'
import { MEMBER_AUDIT_EVENTS } from '@/lib/members/audit-events'
import { PROVIDER_AUDIT_EVENTS } from '@/lib/providers/audit-events'
import { RELEASE_AUDIT_EVENTS } from '@/lib/releases/audit-events'
import { RESOURCE_AUDIT_EVENTS } from '@/lib/resources/audit-events'
import { PLATFORM_AUDIT_EVENTS } from '@/lib/platform/audit-events'
import { SUPPORT_AUDIT_EVENTS } from '@/lib/support/audit-events'
import { SWITCHER_AUDIT_EVENTS } from '@/lib/switcher/audit-events'
import { TENANT_USER_AUDIT_EVENTS } from '@/lib/tenant-users/audit-events'
import { TENANT_AUDIT_EVENTS } from '@/lib/tenants/audit-events'
import { TWO_FACTOR_AUDIT_EVENTS } from '@/lib/two-factor/audit-events'
import { WORKSPACE_AUDIT_EVENTS } from '@/lib/workspaces/audit-events'

/**
 * Every audit event any domain declares, gathered once: the audit log's wording reads
 * from here (lib/audit-log/describe.ts), and a test checks that every entry an action
 * writes is one of them.
 */
export const AUDIT_EVENTS = [
  ...WORKSPACE_AUDIT_EVENTS,
  ...MEMBER_AUDIT_EVENTS,
  ...INVITATION_AUDIT_EVENTS,
  ...TENANT_USER_AUDIT_EVENTS,
  ...TENANT_AUDIT_EVENTS,
  ...ENVIRONMENT_AUDIT_EVENTS,
  ...RESOURCE_AUDIT_EVENTS,
  ...RELEASE_AUDIT_EVENTS,
  ...PROVIDER_AUDIT_EVENTS,
  ...API_KEY_AUDIT_EVENTS,
  ...ENCRYPTION_AUDIT_EVENTS,
  ...SESSION_AUDIT_EVENTS,
  ...ACCOUNT_AUDIT_EVENTS,
  ...TWO_FACTOR_AUDIT_EVENTS,
  ...SWITCHER_AUDIT_EVENTS,
  ...SUPPORT_AUDIT_EVENTS,
  ...PLATFORM_AUDIT_EVENTS,
]

export const AUDIT_WORDING = auditWording(AUDIT_EVENTS as never)
