'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { resetPasswordAction } from '@/lib/accounts/server-actions'
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords/rules'

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, null)
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state && !state.ok && !state.fieldErrors ? state.message : null} />
      <TextField
        id="newPassword"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, hard to guess: a few unrelated words work well. Not your name or email address.`}
        errors={state && !state.ok ? state.fieldErrors?.newPassword : undefined}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Save the new password'}
      </Button>
    </form>
  )
}
