import { formatDateTime } from '@/lib/format/date'
import { plural } from '@/lib/format/plural'
import type { ApprovalTally } from '@/lib/releases/reviewers'

/** "1 of 2 required", and how many given approvals no longer count: the count applying checks. */
export function approvalCount({ counted, required, approvals }: ApprovalTally): string {
  const discounted = approvals.filter((approval) => !approval.counts).length
  const count = `${counted} of ${required} required`
  return discounted > 0 ? `${count} (${plural(discounted, 'approval no longer counts', 'approvals no longer count')})` : count
}

/** The approvals given, oldest first; one that no longer counts says why (its reviewer left, was disabled or lost the role). */
export function ApprovalList({ tally }: { tally: ApprovalTally }) {
  if (tally.approvals.length === 0) return null
  return (
    <ul className="mt-3 space-y-1 border-t border-slate-100 pt-3 text-sm">
      {tally.approvals.map((approval) => (
        <li key={approval.id} className={approval.counts ? undefined : 'text-slate-500'}>
          Approved by {approval.reviewerName}, {formatDateTime(approval.createdAt)}
          {approval.why && <span className="block text-xs text-amber-900">No longer counts: {approval.why}.</span>}
        </li>
      ))}
    </ul>
  )
}
