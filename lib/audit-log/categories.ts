import { SESSION_PREFIX, WORKSPACE_SWITCHED } from '@/lib/audit/events'
import type { Prisma } from '@/lib/generated/prisma/client'

/** Entries about sessions rather than changes (isSessionAction in lib/audit/events.ts, as a query). */
const SESSIONS: Prisma.AuditEventWhereInput = { OR: [{ action: { startsWith: SESSION_PREFIX } }, { action: WORKSPACE_SWITCHED }] }

/**
 * What the audit log's category filter offers, in words, and which entries each holds.
 * Without a category (or an exact action) the log shows every change and hides sessions:
 * sign-ins would otherwise drown the changes people look for.
 */
export const AUDIT_CATEGORIES = {
  workspaces: { label: 'Workspaces', where: { action: { startsWith: 'workspace.' }, NOT: SESSIONS } },
  members: { label: 'Members', where: { action: { startsWith: 'member.' } } },
  invitations: { label: 'Invitations', where: { action: { startsWith: 'invitation.' } } },
  people: {
    label: 'People and accounts',
    where: { OR: [{ action: { startsWith: 'tenantUser.' } }, { action: { startsWith: 'account.' } }] },
  },
  environments: { label: 'Environments', where: { action: { startsWith: 'environment.' } } },
  content: {
    label: 'Agents, policies and releases',
    where: { OR: [{ action: { startsWith: 'resource.' } }, { action: { startsWith: 'release.' } }] },
  },
  credentials: {
    label: 'Provider credentials and API keys',
    where: {
      OR: [{ action: { startsWith: 'credential.' } }, { action: { startsWith: 'encryption.' } }, { action: { startsWith: 'apiKey.' } }],
    },
  },
  organisation: {
    label: 'Organisation settings',
    where: {
      OR: [{ action: { startsWith: 'tenant.' } }, { action: { startsWith: 'organisation.' } }, { action: { startsWith: 'instance.' } }],
    },
  },
  sessions: { label: 'Sign-ins and switches', where: SESSIONS },
  everything: { label: 'Everything, sign-ins included', where: {} },
} as const satisfies Record<string, { label: string; where: Prisma.AuditEventWhereInput }>

export type AuditCategory = keyof typeof AUDIT_CATEGORIES
export const AUDIT_CATEGORY_NAMES = Object.keys(AUDIT_CATEGORIES) as [AuditCategory, ...AuditCategory[]]

/** The condition for a category; no category means every change, sessions hidden. */
export function categoryWhere(category: AuditCategory | undefined): Prisma.AuditEventWhereInput {
  return category ? AUDIT_CATEGORIES[category].where : { NOT: SESSIONS }
}

/**
 * A category's size from the chain's head, which counts every entry and the session
 * entries as they are appended; null for the categories it does not know (those are counted).
 */
export function countFromHead(category: AuditCategory | undefined, head: { seq: number; sessionEntries: number }): number | null {
  if (category === undefined) return head.seq - head.sessionEntries
  if (category === 'everything') return head.seq
  if (category === 'sessions') return head.sessionEntries
  return null
}
