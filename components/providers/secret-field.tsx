import { TextField } from '@/components/ui/field'

/** Where a key is pasted: masked, never remembered or offered by the browser, never read back. */
export function SecretField({
  id,
  label = 'Key',
  hint,
  errors,
  value,
  onChange,
}: {
  id: string
  label?: string
  hint: string
  errors?: string[]
  value: string
  onChange(value: string): void
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint={`${hint}. It is encrypted when saved and never shown again.`}
      errors={errors}
      value={value}
      type="password"
      autoComplete="off"
      spellCheck={false}
      maxLength={500}
      required
      className="font-mono"
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
