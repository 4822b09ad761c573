'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { NewAccountFields } from '@/components/account/new-account-fields'
import { FormAlert } from '@/components/ui/form-alert'
import { signUpAction } from '@/lib/accounts/server-actions'

/** Name, address and password; then the page says where the verification link went. */
export function SignUpForm() {
  const [state, formAction, pending] = useActionState(signUpAction, null)
  if (state?.ok) {
    return (
      <div className="space-y-4 text-sm">
        <p role="status" className="text-slate-700">
          {state.data.message}
        </p>
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Go to sign in
        </Link>
      </div>
    )
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state && !state.ok && !fieldErrors ? state.message : null} />
      <NewAccountFields errors={fieldErrors} emailLabel="Work email" />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
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
