import { TextAreaField } from '@/components/ui/field'

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
