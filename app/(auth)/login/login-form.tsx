'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { signInWithPassword, type SignInState } from '@/lib/auth/actions'

export function LoginForm() {
  const [state, formAction, pending] = useActionState(signInWithPassword, {} as SignInState)
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <Field id="email" label="Email">
        {() => (
          <TextInput id="email" name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} />
        )}
      </Field>
      <Field id="password" label="Password">
        {() => <TextInput id="password" name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
