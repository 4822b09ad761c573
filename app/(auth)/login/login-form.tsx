'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { signInAction } from '@/lib/auth/server-actions'
import type { SignInState } from '@/lib/auth/open-session'

/** Sign-in in two steps: email and password, then (for people with two-factor authentication) a code. */
export function LoginForm({ next, signUp }: { next: string; signUp: boolean }) {
  const [state, formAction, pending] = useActionState(signInAction, {} as SignInState)
  if (state.step === 'secondFactor') {
    return (
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="next" value={next} />
        <FormAlert message={state.error} />
        <Field id="code" label="Authentication code" hint="The six-digit code from your authenticator app, or one of your recovery codes.">
          {(describedBy, invalid) => (
            <TextInput
              id="code"
              name="code"
              autoComplete="one-time-code"
              required
              autoFocus
              aria-describedby={describedBy}
              invalid={invalid || Boolean(state.error)}
              className="font-mono tracking-widest"
            />
          )}
        </Field>
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? 'Checking…' : 'Verify'}
        </Button>
      </form>
    )
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.error} />
      <Field id="email" label="Email">
        {() => <TextInput id="email" name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} />}
      </Field>
      <Field id="password" label="Password">
        {() => <TextInput id="password" name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Forgot password?
        </Link>
      </p>
      {signUp && (
        <p className="text-center text-sm text-slate-600">
          New here?{' '}
          <Link href="/sign-up" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
            Create an account
          </Link>
        </p>
      )}
    </form>
  )
}
