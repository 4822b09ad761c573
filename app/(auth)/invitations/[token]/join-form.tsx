'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import type { ActionResult } from '@/lib/actions/errors'
import { joinInvitationAction } from '@/lib/invitations/server-actions'

type Result = ActionResult<unknown> | null

/** For someone already signed in as the invited address: one click joins with the same account. */
export function JoinInvitationForm({ token, email, tenantName }: { token: string; email: string; tenantName: string }) {
  const [result, formAction, pending] = useActionState<Result, FormData>(joinInvitationAction, null)
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormAlert message={result && !result.ok ? result.message : null} />
      <p className="text-sm text-slate-700">
        You are signed in as {email}. Joining adds {tenantName} to the organisations you can switch between.
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Joining…' : `Join ${tenantName}`}
      </Button>
    </form>
  )
}
