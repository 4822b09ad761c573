import type { Prisma } from '@/lib/generated/prisma/client'

/** A value an audit entry's data may hold: what JSON can carry. */
export type AuditValue = string | number | boolean | null | readonly AuditValue[] | { readonly [key: string]: AuditValue | undefined }
export type AuditFields = { readonly [key: string]: AuditValue | undefined }

/**
 * One kind of audit entry, declared once by the domain that records it: its name, what it
 * is about, the shape of its data and how it reads in words. Entries are recorded only
 * through a declared event (scope.audit, recordAuditEvent), so a misspelt name or a wrong
 * field does not compile.
 */
export interface AuditEvent<Name extends string = string, Data extends AuditFields = AuditFields> {
  readonly name: Name
  /** What the entry's targetId names, e.g. "workspace". */
  readonly target: string
  /** The entry in words, after its actor's name: "renamed workspace Marketing to Brand". */
  describe(data: Data): string
}

/** An event whose wording does not depend on its data, or names what data holds. */
export function auditEvent<const Name extends string, Data extends AuditFields = Record<string, never>>(
  name: Name,
  target: string,
  describe: (data: Data) => string,
): AuditEvent<Name, Data> {
  return { name, target, describe }
}

/** What a service says about one change; the action wrapper adds who, where and the chain. */
export interface AuditNote<Data extends AuditFields> {
  targetId: string
  workspaceId?: string | null
  data: Data
}

/** Records a declared event with its data: what every action's scope offers. */
export type RecordAudit = <Data extends AuditFields>(event: AuditEvent<string, Data>, note: AuditNote<Data>) => void

/** The untyped record the chain stores, made from a declared event and its note. */
export function auditRecord<Data extends AuditFields>(event: AuditEvent<string, Data>, note: AuditNote<Data>) {
  return {
    action: event.name,
    targetType: event.target,
    targetId: note.targetId,
    workspaceId: note.workspaceId ?? null,
    data: note.data as unknown as Prisma.InputJsonObject,
  }
}

/** Entries about sessions rather than changes: sign-ins, sign-outs and workspace switches. */
export const SESSION_PREFIX = 'session.'
export const WORKSPACE_SWITCHED = 'workspace.switched'
export const isSessionAction = (action: string) => action.startsWith(SESSION_PREFIX) || action === WORKSPACE_SWITCHED

/**
 * The wording of stored entries, from a catalogue of declared events: entries recorded by
 * an older version with a name no longer declared read as their raw name.
 */
export function auditWording(events: readonly AuditEvent<string, never>[]) {
  const byName = new Map<string, AuditEvent<string, never>>()
  for (const event of events) {
    if (byName.has(event.name) && byName.get(event.name) !== event) throw new Error(`Audit event ${event.name} is declared twice`)
    byName.set(event.name, event)
  }
  return {
    names: [...byName.keys()],
    describe(entry: { action: string; data: Prisma.JsonValue }): string {
      const event = byName.get(entry.action)
      const data = entry.data !== null && typeof entry.data === 'object' && !Array.isArray(entry.data) ? entry.data : {}
      if (!event) return entry.action
      try {
        // Written through the declared shape; an entry an older version wrote differently reads as its name.
        return (event.describe as (data: unknown) => string)(data)
      } catch {
        return entry.action
      }
    },
  }
}
