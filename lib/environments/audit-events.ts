import { auditEvent } from '@/lib/audit/events'

type Named = { name: string; slug: string }
type Changed<T> = Named & { before: Partial<T>; after: Partial<T> }
type EnvironmentFields = { name: string; description: string; releasesToId: string | null; isProtected: boolean }
type ReviewRuleFields = { requiredApprovals: number; allowSelfApproval: boolean; reviewers: string }

export const environmentCreated = auditEvent(
  'environment.created',
  'environment',
  (data: Named & { isProtected: boolean; releasesToId: string | null }) => `added environment ${data.name}`,
)

export const environmentUpdated = auditEvent('environment.updated', 'environment', (data: Changed<EnvironmentFields>) => {
  const { before, after, name } = data
  const parts: string[] = []
  if ('name' in after) parts.push(`renamed environment ${before.name} to ${after.name}`)
  if ('isProtected' in after) parts.push(after.isProtected ? `protected ${name}` : `unprotected ${name}`)
  if ('releasesToId' in after) parts.push(`changed where ${name} releases to`)
  if ('description' in after) parts.push(`changed the description of ${name}`)
  return parts.join(', ') || `updated environment ${name}`
})

export const environmentMoved = auditEvent(
  'environment.moved',
  'environment',
  (data: Named & { from: number; to: number }) => `moved environment ${data.name} from place ${data.from} to ${data.to}`,
)

export const environmentDeleted = auditEvent('environment.deleted', 'environment', (data: Named) => `deleted environment ${data.name}`)

export const environmentReviewRulesChanged = auditEvent(
  'environment.reviewRulesChanged',
  'environment',
  (data: Changed<ReviewRuleFields>) => `changed the review rules of ${data.name}`,
)

export const ENVIRONMENT_AUDIT_EVENTS = [
  environmentCreated,
  environmentUpdated,
  environmentMoved,
  environmentDeleted,
  environmentReviewRulesChanged,
]
