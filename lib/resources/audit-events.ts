import { auditEvent, type AuditNote } from '@/lib/audit/events'
import type { Environment, Resource } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { fieldDiff } from './diff'
import { specName } from './kinds'

/** What every resource entry holds: which resource, where, at which revision, and the fields that changed. */
type ResourceChange = {
  kind: ResourceKind
  key: string
  name: string
  environment: string
  revision: number
  changed: string[]
}

const KIND_WORDS: Record<ResourceKind, string> = { agent: 'agent', policy: 'policy' }
const resourceWords = (data: ResourceChange) => `${KIND_WORDS[data.kind] ?? 'resource'} ${data.name} in ${data.environment}`

export const resourceCreated = auditEvent('resource.created', 'resource', (data: ResourceChange) => `created ${resourceWords(data)}`)

export const resourceUpdated = auditEvent(
  'resource.updated',
  'resource',
  (data: ResourceChange) => `edited ${resourceWords(data)} (revision ${data.revision})`,
)

export const resourceDeleted = auditEvent('resource.deleted', 'resource', (data: ResourceChange) => `deleted ${resourceWords(data)}`)

export const resourceRestored = auditEvent(
  'resource.restored',
  'resource',
  (data: ResourceChange & { restoredFrom: number }) => `restored ${resourceWords(data)} to an earlier revision`,
)

/** The entry about a resource's new revision: `before` and `after` are its specs (null when absent). */
export function resourceNote(environment: Environment, resource: Resource, before: unknown, after: unknown): AuditNote<ResourceChange> {
  return {
    targetId: resource.id,
    workspaceId: environment.workspaceId,
    data: {
      kind: resource.kind,
      key: resource.key,
      name: specName(after ?? before),
      environment: environment.slug,
      revision: resource.revision,
      changed: fieldDiff(resource.kind, before, after).map((change) => change.field),
    },
  }
}

export const RESOURCE_AUDIT_EVENTS = [resourceCreated, resourceUpdated, resourceDeleted, resourceRestored]
