'use client'

import type { ReactNode } from 'react'
import { describedByOf, FieldMessages } from './field'

interface GroupProps<K extends string> {
  id: string
  legend: string
  options: Record<K, string>
  errors?: string[]
  hint?: ReactNode
}

function Group({ id, legend, errors, hint, children }: Omit<GroupProps<string>, 'options'> & { children: ReactNode }) {
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedByOf(id, hint, errors)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2 pt-1">{children}</div>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </fieldset>
  )
}

const CHOICE = 'flex items-center gap-2 text-sm text-slate-800'
const CONTROL = 'size-4 accent-indigo-600'

/** Pick one of a few options, all visible (radio buttons). */
export function RadioGroup<K extends string>({
  value,
  onChange,
  options,
  ...group
}: GroupProps<K> & { value: K; onChange(value: K): void }) {
  return (
    <Group {...group}>
      {(Object.keys(options) as K[]).map((key) => (
        <label key={key} className={CHOICE}>
          <input type="radio" name={group.id} value={key} checked={value === key} onChange={() => onChange(key)} className={CONTROL} />
          {options[key]}
        </label>
      ))}
    </Group>
  )
}

/** Pick any of a catalogue (checkboxes). */
export function CheckboxGroup<K extends string>({
  value,
  onChange,
  options,
  ...group
}: GroupProps<K> & { value: K[]; onChange(value: K[]): void }) {
  return (
    <Group {...group}>
      {(Object.keys(options) as K[]).map((key) => (
        <label key={key} className={CHOICE}>
          <input
            type="checkbox"
            name={group.id}
            value={key}
            checked={value.includes(key)}
            onChange={(event) => onChange(event.target.checked ? [...value, key] : value.filter((item) => item !== key))}
            className={CONTROL}
          />
          {options[key]}
        </label>
      ))}
    </Group>
  )
}

/** One yes/no setting. */
export function CheckboxField({
  id,
  label,
  hint,
  value,
  onChange,
  errors,
}: {
  id: string
  label: string
  hint?: string
  value: boolean
  onChange(value: boolean): void
  errors?: string[]
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={CHOICE}>
        <input
          id={id}
          type="checkbox"
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          className={CONTROL}
          aria-describedby={describedByOf(id, hint, errors)}
        />
        <span className="font-medium">{label}</span>
      </label>
      <div className="pl-6">
        <FieldMessages id={id} hint={hint} errors={errors} />
      </div>
    </div>
  )
}
