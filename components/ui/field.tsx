import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

interface FieldProps {
  id: string
  label: string
  hint?: ReactNode
  errors?: string[]
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode
}

/** A labelled form field with its hint and its errors beside it, wired for screen readers. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  const invalid = Boolean(errors?.length)
  const describedBy = describedByOf(id, hint, errors)
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(describedBy, invalid)}
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  )
}

/** The ids of a field's hint and errors, for its control's aria-describedby. */
export function describedByOf(id: string, hint: ReactNode, errors: string[] | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
}

/** A field's hint and its errors, with the ids its control's aria-describedby names. */
export function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  )
}

const CONTROL =
  'block w-full rounded-md border bg-surface px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-600 disabled:bg-slate-100 disabled:text-slate-500 [&[readonly]]:bg-slate-100 [&[readonly]]:text-slate-600'

/** The look of a text control, red-bordered when its value was refused. */
function controlProps(invalid: boolean | undefined, className: string) {
  return { 'aria-invalid': invalid || undefined, className: `${CONTROL} ${invalid ? 'border-red-500' : 'border-slate-300'} ${className}` }
}

export function TextInput({ invalid, className = '', ...props }: InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return <input {...controlProps(invalid, className)} {...props} />
}

export function TextArea({ invalid, className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  return <textarea {...controlProps(invalid, className)} {...props} />
}
type LabelledProps = Omit<FieldProps, 'children'>
type ControlWiring = { id: string; 'aria-describedby': string | undefined; invalid: boolean }

/** A Field whose control is wired to its label, hint and errors. */
function labelled({ id, label, hint, errors }: LabelledProps, control: (wiring: ControlWiring) => ReactNode) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => control({ id, 'aria-describedby': describedBy, invalid })}
    </Field>
  )
}

/** A text input with its label, hint and errors. */
export function TextField({ id, label, hint, errors, ...input }: LabelledProps & InputHTMLAttributes<HTMLInputElement>) {
  return labelled({ id, label, hint, errors }, (wiring) => <TextInput {...input} {...wiring} />)
}

/** A multi-line text input with its label, hint and errors. */
export function TextAreaField({ id, label, hint, errors, ...input }: LabelledProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return labelled({ id, label, hint, errors }, (wiring) => <TextArea {...input} {...wiring} />)
}

/** A drop-down of a few options with its label, hint and errors. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  options,
  className = '',
  ...select
}: LabelledProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return labelled({ id, label, hint, errors }, ({ invalid, ...wiring }) => (
    <select {...controlProps(invalid, className)} {...select} {...wiring}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  ))
}
