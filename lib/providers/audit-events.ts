import { auditEvent } from '@/lib/audit/events'
import { formatBudget } from './schema'

type Named = { name: string }
type Limits = { monthlyBudget: number | null; requestsPerMinute: number | null }
type InWorkspace = Named & { workspace: string; workspaceId: string }

const credentialWords = (data: Named) => `provider credential ${data.name}`

function limitWords(data: Limits): string {
  const limits = [
    data.monthlyBudget != null && `budget ${formatBudget(data.monthlyBudget)} a month`,
    data.requestsPerMinute != null && `${String(data.requestsPerMinute)} requests a minute`,
  ].filter(Boolean)
  return limits.length > 0 ? ` (${limits.join(', ')})` : ''
}

export const credentialAdded = auditEvent(
  'credential.added',
  'credential',
  (data: Named & { provider: string; fingerprint: string }) => `added ${credentialWords(data)} (${data.provider}, ${data.fingerprint})`,
)

export const credentialRotated = auditEvent(
  'credential.rotated',
  'credential',
  (data: Named & { from: string; to: string }) => `rotated the key of ${credentialWords(data)} (${data.from} → ${data.to})`,
)

export const credentialDisabled = auditEvent('credential.disabled', 'credential', (data: Named) => `disabled ${credentialWords(data)}`)

export const credentialEnabled = auditEvent('credential.enabled', 'credential', (data: Named) => `re-enabled ${credentialWords(data)}`)

export const credentialDeleted = auditEvent(
  'credential.deleted',
  'credential',
  (data: Named & { fingerprint: string }) => `deleted ${credentialWords(data)}`,
)

export const credentialTested = auditEvent(
  'credential.tested',
  'credential',
  (data: Named & { verified: boolean; message: string }) =>
    `tested ${credentialWords(data)}: ${data.verified ? 'the provider accepted the key' : `failing (${data.message})`}`,
)

export const credentialGranted = auditEvent(
  'credential.granted',
  'credential',
  (data: InWorkspace & Limits) => `granted ${credentialWords(data)} to ${data.workspace}${limitWords(data)}`,
)

export const credentialGrantChanged = auditEvent(
  'credential.grantChanged',
  'credential',
  (data: InWorkspace & Limits) => `changed the limits of ${credentialWords(data)} in ${data.workspace}${limitWords(data) || ' (none)'}`,
)

export const credentialGrantRevoked = auditEvent(
  'credential.grantRevoked',
  'credential',
  (data: InWorkspace) => `revoked the grant of ${credentialWords(data)} to ${data.workspace}`,
)

export const PROVIDER_AUDIT_EVENTS = [
  credentialAdded,
  credentialRotated,
  credentialDisabled,
  credentialEnabled,
  credentialDeleted,
  credentialTested,
  credentialGranted,
  credentialGrantChanged,
  credentialGrantRevoked,
]
