import { auditEvent, WORKSPACE_SWITCHED } from '@/lib/audit/events'

/** A session entry, not a change: the log hides it unless asked (lib/audit/events.ts, isSessionAction). */
export const workspaceSwitched = auditEvent(
  WORKSPACE_SWITCHED,
  'workspace',
  (data: { name: string; slug: string }) => `switched to workspace ${data.name}`,
)

export const SWITCHER_AUDIT_EVENTS = [workspaceSwitched]
