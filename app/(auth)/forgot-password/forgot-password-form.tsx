'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { requestPasswordResetAction } from '@/lib/accounts/server-actions'

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null)
  if (state?.ok) {
    return (
      <div className="space-y-4 text-sm">
        <p role="status" className="text-slate-700">
          {state.data.message}
        </p>
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      </div>
    )
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state && !state.fieldErrors ? state.message : null} />
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        errors={state?.fieldErrors?.email}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Sending…' : 'Send me a link'}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      </p>
    </form>
  )
}
