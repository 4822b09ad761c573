'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { TextButton } from '@/components/ui/text-button'

/** The platform's operators: another one added by address, or taken back (never oneself, never the last). */
export function Operators({ operators, selfId }: { operators: { id: string; name: string; email: string }[]; selfId: string }) {
  const [email, setEmail] = useState('')
  const add = useAction('platform.setOperator', { confirm: (input) => `${input.email} is a platform operator now.` })
  const remove = useAction('platform.setOperator', { confirm: (input) => `${input.email} is no longer a platform operator.` })
  return (
    <div className="space-y-4">
      <FormAlert message={remove.formError} />
      <ul className="divide-y divide-slate-100">
        {operators.map((operator) => (
          <li key={operator.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              <span className="font-medium text-slate-900">{operator.name}</span>{' '}
              <span className="break-all text-slate-600">{operator.email}</span>
            </span>
            {operator.id === selfId ? (
              <span className="text-xs text-slate-500">you</span>
            ) : (
              <TextButton
                tone="danger"
                disabled={remove.pending}
                onClick={() => void remove.run({ email: operator.email, operator: 'no' })}
              >
                Remove
              </TextButton>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={submitWith(async () => {
          const outcome = await add.run({ email, operator: 'yes' })
          if (outcome?.ok) setEmail('')
        })}
        className="flex flex-wrap items-end gap-3"
        noValidate
      >
        <TextField
          id="operator-email"
          label="Add an operator by address"
          type="email"
          errors={add.fieldErrors?.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={add.pending}>
          Add operator
        </Button>
      </form>
      <FormAlert message={add.formError} />
    </div>
  )
}
