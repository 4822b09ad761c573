import { auditEvent } from '@/lib/audit/events'

/** A workspace role in an entry's words: "workspace_viewer" → "viewer". */
export const roleWord = (role: string) => role.replace('workspace_', '').replace('_', ' ')

export const memberAdded = auditEvent(
  'member.added',
  'user',
  (data: { email: string; role: string }) => `added ${data.email} as ${roleWord(data.role)}`,
)

export const memberRoleChanged = auditEvent(
  'member.roleChanged',
  'user',
  (data: { email: string; from: string; to: string }) =>
    `changed the role of ${data.email} from ${roleWord(data.from)} to ${roleWord(data.to)}`,
)

export const memberRemoved = auditEvent(
  'member.removed',
  'user',
  (data: { email: string; role: string }) => `removed ${data.email} from the workspace`,
)

export const MEMBER_AUDIT_EVENTS = [memberAdded, memberRoleChanged, memberRemoved]
