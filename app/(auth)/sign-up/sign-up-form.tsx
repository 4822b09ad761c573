'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { NewAccountFields } from '@/components/account/new-account-fields'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { resendSignUpAction, signUpAction } from '@/lib/accounts/server-actions'

/** Name, address and password; then where the link went, and a way to have it sent again. */
export function SignUpForm() {
  const [state, formAction, pending] = useActionState(signUpAction, null)
  if (state?.ok) return <LinkSent email={state.data.email} message={state.data.message} />
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state && !state.ok && !fieldErrors ? state.message : null} />
      <NewAccountFields errors={fieldErrors} emailLabel="Work email" />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Sending the link…' : 'Create account'}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Have an account?{' '}
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  )
}

function LinkSent({ email, message }: { email: string; message: string }) {
  const [again, resend, pending] = useActionState(resendSignUpAction, null)
  return (
    <div className="space-y-4 text-sm">
      <p role="status" className="text-slate-700">
        {again?.ok ? again.data.message : message}
      </p>
      <FormAlert message={again && !again.ok ? again.message : null} />
      <form action={resend}>
        <input type="hidden" name="email" value={email} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Sending…' : 'Send the link again'}
        </Button>
      </form>
      <Link href="/login" className="inline-block font-medium text-indigo-700 underline-offset-2 hover:underline">
        Go to sign in
      </Link>
    </div>
  )
}
