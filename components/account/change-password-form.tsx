'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { FormActions } from '@/components/ui/form-actions'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords/rules'

/** Current password, then the new one; every other session ends when it is saved. */
export function ChangePasswordForm() {
  const change = useAction('account.changePassword', {
    confirm: (_input, data) =>
      data.otherSessionsEnded > 0
        ? `Your password is changed. ${data.otherSessionsEnded} other session${data.otherSessionsEnded === 1 ? ' was' : 's were'} signed out.`
        : 'Your password is changed.',
  })
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  return (
    <form
      onSubmit={submitWith(async () => {
        const result = await change.run({ currentPassword, newPassword })
        if (result?.ok) {
          setCurrentPassword('')
          setNewPassword('')
        }
      })}
      className="max-w-md space-y-4"
      noValidate
    >
      <FormAlert message={change.formError} />
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={change.fieldErrors?.currentPassword}
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, hard to guess: a few unrelated words work well. Not your name or email address.`}
        errors={change.fieldErrors?.newPassword}
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
      />
      <FormActions label="Change password" pendingLabel="Changing…" pending={change.pending} />
    </form>
  )
}
