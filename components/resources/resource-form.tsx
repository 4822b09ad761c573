'use client'

import { useState, type ReactNode } from 'react'
import { submitWith } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { RESOURCE_KINDS } from '@/lib/resources/kinds'
import { slugify } from '@/lib/validation/slug'
import { useSaveResource, type ResourceTarget } from './use-save-resource'

/**
 * What a kind's form gets to render its fields: each field's control wired to the form's
 * state, its label (the kind's own, as diffs and history show it) and its errors.
 */
export interface FieldBinders<Draft> {
  spec: Draft
  /** Sets a field from elsewhere than its own control (a suggestion picked beside it). */
  set<K extends keyof Draft & string>(field: K, value: Draft[K]): void
  /** Props for a TextField or TextAreaField. */
  text(field: keyof Draft & string): {
    id: string
    label: string
    value: string
    onChange(event: { target: { value: string } }): void
    errors?: string[]
  }
  /** Props for a RadioGroup, CheckboxGroup or CheckboxField. */
  choice<K extends keyof Draft & string>(
    field: K,
  ): { id: string; label: string; legend: string; value: Draft[K]; onChange(value: Draft[K]): void; errors?: string[] }
}

/**
 * The frame every kind's form shares: the key (chosen once, at creation), the error
 * summary, and Save. `fields` renders the kind's own fields.
 */
export function ResourceForm<Draft extends Record<string, unknown>>({
  target,
  initialKey,
  initial,
  fields,
  toSpec = (draft) => draft,
}: {
  target: ResourceTarget
  initialKey: string
  initial: Draft
  /** What is sent for the form's state, where the two differ (lines to lists). */
  toSpec?(draft: Draft): Record<string, unknown>
  fields(bind: FieldBinders<Draft>): ReactNode
}) {
  const { save, pending, fieldErrors, formError } = useSaveResource(target)
  const [spec, setSpec] = useState(initial)
  const [key, setKey] = useState(initialKey)
  const [keyEdited, setKeyEdited] = useState(false)
  const creating = target.mode === 'create'
  const set = (field: keyof Draft & string, value: unknown) => {
    setSpec((current) => ({ ...current, [field]: value }))
    if (creating && field === 'name' && !keyEdited) setKey(slugify(String(value)))
  }
  const labelOf = (field: string) => RESOURCE_KINDS[target.kind].fields[field] ?? field
  const bind: FieldBinders<Draft> = {
    spec,
    set,
    text: (field) => ({
      id: field,
      label: labelOf(field),
      value: String(spec[field] ?? ''),
      onChange: (event) => set(field, event.target.value),
      errors: fieldErrors?.[field],
    }),
    choice: (field) => ({
      id: field,
      label: labelOf(field),
      legend: labelOf(field),
      value: spec[field],
      onChange: (value) => set(field, value),
      errors: fieldErrors?.[field],
    }),
  }
  return (
    <form onSubmit={submitWith(() => save(toSpec(spec), key))} className="space-y-5" noValidate>
      <FormAlert message={formError} />
      {fields(bind)}
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
        errors={fieldErrors?.key}
        className="font-mono"
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : creating ? 'Create' : 'Save as new revision'}
      </Button>
    </form>
  )
}
