import { plural } from '@/lib/format/plural'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'
import { REVIEWER_RULES } from '@/lib/releases/reviewers'

type ReviewRules = { requiredApprovals: number; allowSelfApproval: boolean; reviewers: ReleaseReviewers }

/** Who may approve releases into an environment, e.g. "Workspace admins and tenant admins, not the author". */
export function reviewersOf(rules: Omit<ReviewRules, 'requiredApprovals'>) {
  return `${REVIEWER_RULES[rules.reviewers]}${rules.allowSelfApproval ? ', the author included' : ', not the author'}`
}

/** An environment's review rules in one line, e.g. "1 approval from workspace admins and tenant admins, not the author". */
export function reviewSummary(rules: ReviewRules) {
  if (rules.requiredApprovals === 0) return 'No approval needed'
  return `${plural(rules.requiredApprovals, 'approval', 'approvals')} from ${reviewersOf(rules).toLowerCase()}`
}
