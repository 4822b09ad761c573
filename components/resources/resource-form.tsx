'use client'

import { useState, type ReactNode } from 'react'
import { submitWith } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import type { FieldErrors } from '@/lib/actions/errors'
import { slugify } from '@/lib/workspaces/slug'
import { useSaveResource, type ResourceTarget } from './use-save-resource'

/**
 * The frame every kind's form shares: the key (chosen once, at creation), the error
 * summary, and Save. `fields` renders the kind's own fields from its state and errors.
 */
export function ResourceForm<Spec extends Record<string, unknown>>({
  target,
  initialKey,
  initial,
  fields,
  toSpec = (spec) => spec,
}: {
  target: ResourceTarget
  initialKey: string
  initial: Spec
  /** What is sent for the form's state, where the two differ (lines to lists). */
  toSpec?(spec: Spec): Record<string, unknown>
  fields(spec: Spec, set: <K extends keyof Spec>(field: K, value: Spec[K]) => void, errors: FieldErrors | undefined): ReactNode
}) {
  const { save, pending, fieldErrors, result } = useSaveResource(target)
  const [spec, setSpec] = useState(initial)
  const [key, setKey] = useState(initialKey)
  const [keyEdited, setKeyEdited] = useState(false)
  const creating = target.mode === 'create'
  const set = <K extends keyof Spec>(field: K, value: Spec[K]) => {
    setSpec((current) => ({ ...current, [field]: value }))
    if (creating && field === 'name' && !keyEdited) setKey(slugify(String(value)))
  }
  return (
    <form onSubmit={submitWith(() => save(toSpec(spec), key))} className="space-y-5" noValidate>
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      {fields(spec, set, fieldErrors)}
      <TextField
        id="key"
        label="Key"
        hint={
          creating ? 'The identity of this resource in every environment. It cannot change later.' : 'Its identity in every environment.'
        }
        value={key}
        onChange={(event) => {
          setKey(event.target.value)
          setKeyEdited(true)
        }}
        readOnly={!creating}
        disabled={!creating}
        errors={fieldErrors?.key}
        className="font-mono"
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : creating ? 'Create' : 'Save as new revision'}
      </Button>
    </form>
  )
}
