'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import type { ActionResult } from '@/lib/actions/errors'
import { acceptInvitationAction } from '@/lib/invitations/server-actions'

type Result = ActionResult<{ email: string }> | null

export function AcceptInvitationForm({ token }: { token: string }) {
  const [result, formAction, pending] = useActionState<Result, FormData>(acceptInvitationAction, null)
  // Controlled, so that the name survives a refused submission (React resets forms after an action).
  const [name, setName] = useState('')
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      <TextField
        id="name"
        label="Your name"
        errors={fieldErrors?.name}
        name="name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id="password"
        label="Password"
        hint="At least 12 characters."
        errors={fieldErrors?.password}
        name="password"
        type="password"
        autoComplete="new-password"
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Joining…' : 'Join the workspace'}
      </Button>
    </form>
  )
}
