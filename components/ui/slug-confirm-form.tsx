'use client'

import { useState, type ReactNode } from 'react'
import { submitWith } from '@/components/actions/use-action'
import { Button } from './button'
import { TextField } from './field'
import { FormAlert } from './form-alert'

interface Props {
  /** Unique on the page: the confirmation field's id. */
  id: string
  slug: string
  /** What the step does, above the field. */
  children: ReactNode
  /** The action's answer when it refused without a field error. */
  alert: string | null
  errors?: string[]
  pending: boolean
  confirmLabel: string
  pendingLabel: string
  /** Also asks for the person's password (deleting an organisation), with its errors. */
  password?: { errors?: string[] }
  onConfirm(typed: string, password: string): void
  onCancel(): void
}

/**
 * "Type {slug} to confirm" before a step that cannot be taken back: the red button stays
 * disabled, saying why, until the slug is typed. A slug, not a name: it is plain ASCII,
 * where a name may hold "É" or "—". The one Modal mounts it on opening, so it starts empty.
 */
export function SlugConfirmForm({
  id,
  slug,
  children,
  alert,
  errors,
  pending,
  confirmLabel,
  pendingLabel,
  password,
  onConfirm,
  onCancel,
}: Props) {
  const [typed, setTyped] = useState('')
  const [typedPassword, setTypedPassword] = useState('')
  const confirmed = typed.trim() === slug && (!password || typedPassword !== '')
  return (
    <form onSubmit={submitWith(() => onConfirm(typed, typedPassword))} className="space-y-4" noValidate>
      <div className="text-sm text-slate-600">{children}</div>
      <FormAlert message={alert} />
      <TextField
        id={id}
        label={`Type ${slug} to confirm`}
        errors={errors}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        className="font-mono"
        hint={typed.trim() === slug ? 'Confirmed.' : `The button stays disabled until you type the slug, ${slug}, exactly.`}
        onChange={(event) => setTyped(event.target.value)}
      />
      {password && (
        <TextField
          id={`${id}-password`}
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={password.errors}
          value={typedPassword}
          onChange={(event) => setTypedPassword(event.target.value)}
        />
      )}
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={!confirmed || pending}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </form>
  )
}
