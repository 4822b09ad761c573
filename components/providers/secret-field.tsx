'use client'

import { useState } from 'react'
import { TextField } from '@/components/ui/field'
import { TextButton } from '@/components/ui/text-button'

/**
 * Where a key is pasted: masked unless the person asks to see what they pasted (a label copied
 * along is visible then, and dropped on save), never remembered or offered by the browser,
 * never read back.
 */
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
  const [shown, setShown] = useState(false)
  return (
    <div className="space-y-1">
      <TextField
        id={id}
        label={label}
        hint={`${hint}. It is encrypted when saved and never shown again.`}
        errors={errors}
        value={value}
        type={shown ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        required
        className="font-mono"
        onChange={(event) => onChange(event.target.value)}
      />
      <TextButton className="text-xs" aria-controls={id} onClick={() => setShown(!shown)}>
        {shown ? 'Hide the key' : 'Show the key'}
      </TextButton>
    </div>
  )
}
