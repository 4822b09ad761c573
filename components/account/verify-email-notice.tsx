'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { resendVerificationAction } from '@/lib/accounts/server-actions'

/** What an account whose address is not verified yet may do: ask for the link again, or sign out. */
export function VerifyEmailNotice({ email, signOut }: { email: string; signOut: () => Promise<void> }) {
  const [state, resend, pending] = useActionState(resendVerificationAction, null)
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Verify your address</h1>
      <p className="text-sm text-slate-600">
        We sent a link to <span className="font-medium text-slate-900">{email}</span>. Open it to verify the address; until then your
        account can do nothing else.
      </p>
      {state?.ok && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.data.message}
        </p>
      )}
      <FormAlert message={state && !state.ok ? state.message : null} />
      <div className="flex flex-wrap gap-3">
        <form action={resend}>
          <Button type="submit" disabled={pending}>
            {pending ? 'Sending…' : 'Send the link again'}
          </Button>
        </form>
        <form action={signOut}>
          <Button type="submit" variant="secondary">
            Sign out
          </Button>
        </form>
      </div>
    </div>
  )
}
