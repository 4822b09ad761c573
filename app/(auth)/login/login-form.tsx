'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { signInAction, type SignInState } from '@/lib/auth/actions'

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, {} as SignInState)
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
    </form>
  )
}
