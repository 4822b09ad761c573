'use client'

import { useActionState, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import type { ActionResult } from '@/lib/actions/errors'
import { acceptInvitationAction } from '@/lib/invitations/actions'

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
      <Field id="name" label="Your name" errors={fieldErrors?.name}>
        {(describedBy, invalid) => (
          <TextInput
            id="name"
            name="name"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters." errors={fieldErrors?.password}>
        {(describedBy, invalid) => (
          <TextInput
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Joining…' : 'Join the workspace'}
      </Button>
    </form>
  )
}
