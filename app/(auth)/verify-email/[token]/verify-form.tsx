'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { verifyEmailAction } from '@/lib/accounts/server-actions'

/**
 * One button that uses the link: a GET never verifies (mail scanners open links), the
 * person's click does.
 */
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(verifyEmailAction, null)
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state && !state.ok ? state.message : null} />
      <Button type="submit" className="w-full" disabled={pending} autoFocus>
        {pending ? 'Verifying…' : 'Verify my address'}
      </Button>
      {state && !state.ok && (
        <p className="text-center text-sm">
          <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Go to sign in
          </Link>
        </p>
      )}
    </form>
  )
}
