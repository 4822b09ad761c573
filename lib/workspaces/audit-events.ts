import { auditEvent } from '@/lib/audit/events'

type Named = { name: string; slug: string }
type SettingsFields = { name: string; description: string; color: string }

export const workspaceCreated = auditEvent(
  'workspace.created',
  'workspace',
  (data: Named & { color: string; isDefault: boolean }) => `created workspace ${data.name}`,
)

export const workspaceUpdated = auditEvent(
  'workspace.updated',
  'workspace',
  (data: { slug: string; before: Partial<SettingsFields>; after: Partial<SettingsFields> }) => {
    const { before, after } = data
    const parts: string[] = []
    if ('name' in after) parts.push(`renamed workspace ${before.name} to ${after.name}`)
    if ('description' in after) parts.push('changed the description')
    if ('color' in after) parts.push(`changed the colour to ${after.color}`)
    return parts.join(', ') || 'updated the workspace'
  },
)

export const workspaceArchived = auditEvent('workspace.archived', 'workspace', (data: Named) => `archived workspace ${data.name}`)

export const workspaceRestored = auditEvent('workspace.restored', 'workspace', (data: Named) => `restored workspace ${data.name}`)

export const workspaceDefaultSet = auditEvent('workspace.defaultSet', 'workspace', (data: Named & { previousDefault: string | null }) =>
  data.previousDefault
    ? `made ${data.name} the default workspace instead of ${data.previousDefault}`
    : `made ${data.name} the default workspace`,
)

export const WORKSPACE_AUDIT_EVENTS = [workspaceCreated, workspaceUpdated, workspaceArchived, workspaceRestored, workspaceDefaultSet]
