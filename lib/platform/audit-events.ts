import { auditEvent } from '@/lib/audit/events'

export const organisationSuspended = auditEvent(
  'organisation.suspended',
  'tenant',
  (data: { reason: string }) => `suspended the organisation: ${data.reason}`,
)

export const organisationReactivated = auditEvent('organisation.reactivated', 'tenant', () => 'reactivated the organisation')

type InstanceSettings = { signUpPolicy: string; signUpDomains: string[]; organisationCreation: string; organisationsPerAccount: number }

export const instanceSettingsChanged = auditEvent(
  'instance.settingsChanged',
  'instance',
  (data: { before: InstanceSettings; after: InstanceSettings }) =>
    `changed the instance’s settings: sign-up ${data.after.signUpPolicy.replace('_', ' ')}, organisations by ${data.after.organisationCreation}, at most ${data.after.organisationsPerAccount} per account`,
)

export const operatorAdded = auditEvent(
  'platform.operatorAdded',
  'user',
  (data: { email: string }) => `made ${data.email} a platform operator`,
)

export const operatorRemoved = auditEvent(
  'platform.operatorRemoved',
  'user',
  (data: { email: string }) => `removed ${data.email} from the platform operators`,
)

export const PLATFORM_AUDIT_EVENTS = [
  organisationSuspended,
  organisationReactivated,
  instanceSettingsChanged,
  operatorAdded,
  operatorRemoved,
] as const
