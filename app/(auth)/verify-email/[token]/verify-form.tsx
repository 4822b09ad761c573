'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { completeSignUpAction } from '@/lib/accounts/server-actions'

/**
 * The password chosen at sign-up, typed again: with the link, it makes the account (a GET of
 * the link makes nothing: mail scanners open links, and so may someone who never signed up).
 */
export function CompleteSignUpForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(completeSignUpAction, null)
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state && !state.ok && !fieldErrors ? state.message : null} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Your password"
        hint="The one you chose when you signed up."
        autoComplete="current-password"
        autoFocus
        required
        errors={fieldErrors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create my account'}
      </Button>
    </form>
  )
}
