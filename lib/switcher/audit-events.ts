import { auditEvent } from '@/lib/audit/events'

export const workspaceSwitched = auditEvent(
  'workspace.switched',
  'workspace',
  (data: { name: string; slug: string }) => `switched to workspace ${data.name}`,
)

export const SWITCHER_AUDIT_EVENTS = [workspaceSwitched]
