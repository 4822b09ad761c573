import type { ChangeEvent } from 'react'
import { TextAreaField, TextField } from '@/components/ui/field'

/** A workspace's name, in the create and settings forms alike. */
export function WorkspaceNameField({
  value,
  onChange,
  errors,
  autoFocus,
}: {
  value: string
  onChange(event: ChangeEvent<HTMLInputElement>): void
  errors?: string[]
  autoFocus?: boolean
}) {
  return (
    <TextField id="name" label="Name" errors={errors} value={value} maxLength={64} autoFocus={autoFocus} required onChange={onChange} />
  )
}

/** A workspace's optional description, in the create and settings forms alike. */
export function DescriptionField({ value, onChange, errors }: { value: string; onChange(value: string): void; errors?: string[] }) {
  return (
    <TextAreaField
      id="description"
      label="Description"
      hint="Optional, up to 500 characters."
      errors={errors}
      rows={3}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
