import { auditEvent } from '@/lib/audit/events'

export const dataKeyResealed = auditEvent(
  'encryption.dataKeyResealed',
  'tenant',
  (data: { fromVersion: number; toVersion: number; by: string }) =>
    `re-sealed the tenant’s data key under root key v${String(data.toVersion)} (was v${String(data.fromVersion)})`,
)

export const ENCRYPTION_AUDIT_EVENTS = [dataKeyResealed]
