import type { ChainVerification } from '@/lib/audit/chain'
import { formatDateTime } from '@/lib/format/date'

export function ChainBadge({ verification }: { verification: ChainVerification }) {
  return verification.ok ? (
    <p
      role="status"
      className="inline-flex items-center gap-2 rounded-full bg-green-50 px-3 py-1 text-sm font-medium text-green-800 ring-1 ring-green-200"
    >
      <span aria-hidden>✓</span> Chain verified up to #{verification.verifiedSeq} at {formatDateTime(verification.checkedAt)}
    </p>
  ) : (
    <p
      role="alert"
      className="inline-flex items-center gap-2 rounded-full bg-red-50 px-3 py-1 text-sm font-medium text-red-800 ring-1 ring-red-200"
    >
      <span aria-hidden>✗</span> Chain broken at #{verification.brokenAtSeq}: {verification.reason}
    </p>
  )
}
