'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'

/** A tenant admin's answer to a waiting request: approve or deny. */
export function DecideRequest({ sessionId, operator }: { sessionId: string; operator: string }) {
  const approve = useAction('support.approve', { confirm: () => `${operator} has support access now.` })
  const deny = useAction('support.deny', { confirm: () => `${operator}’s request was denied.` })
  const pending = approve.pending || deny.pending
  return (
    <div className="space-y-2">
      <FormAlert message={approve.formError ?? deny.formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => void approve.run({ sessionId })}>
          Approve
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void deny.run({ sessionId })}>
          Deny
        </Button>
      </div>
    </div>
  )
}

/** A tenant admin ends a live session at once. */
export function RevokeSession({ sessionId, operator }: { sessionId: string; operator: string }) {
  const revoke = useAction('support.revoke', { confirm: () => `${operator}’s support access has ended.` })
  return (
    <div className="space-y-2">
      <FormAlert message={revoke.formError} />
      <Button type="button" variant="danger" disabled={revoke.pending} onClick={() => void revoke.run({ sessionId })}>
        End it now
      </Button>
    </div>
  )
}
