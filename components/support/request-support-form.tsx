'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { RadioGroup } from '@/components/ui/choice-fields'
import { FormAlert } from '@/components/ui/form-alert'

const DURATIONS = [
  { value: '15', label: '15 minutes' },
  { value: '30', label: '30 minutes' },
  { value: '60', label: '1 hour' },
  { value: '120', label: '2 hours' },
  { value: '240', label: '4 hours' },
  { value: '480', label: '8 hours' },
]

/**
 * An operator asks to look inside one organisation: why, for how long, read-only unless the
 * organisation allows more, confirmed with a fresh second-factor code.
 */
export function RequestSupportForm({
  tenantId,
  organisation,
  policy,
  readWritePossible,
}: {
  tenantId: string
  organisation: string
  policy: 'on_approval' | 'allowed'
  readWritePossible: boolean
}) {
  const [reason, setReason] = useState('')
  const [ticket, setTicket] = useState('')
  const [durationMinutes, setDuration] = useState('60')
  const [mode, setMode] = useState<'read_only' | 'read_write'>('read_only')
  const [code, setCode] = useState('')
  const request = useAction('support.request', {
    confirm: (_input, data) =>
      data.status === 'active'
        ? `Support access to ${organisation} has started.`
        : `Your request was sent to ${organisation}’s tenant admins.`,
  })
  const startsAtOnce = policy === 'allowed' && mode === 'read_only'
  return (
    <form
      onSubmit={submitWith(async () => {
        const outcome = await request.run({ tenantId, reason, ticket, durationMinutes, mode, code })
        if (outcome?.ok) setCode('')
      })}
      className="space-y-4"
      noValidate
    >
      <FormAlert message={request.formError} />
      <TextAreaField
        id="support-reason"
        label="Reason"
        hint={`${organisation}’s people read it, and so does the platform log.`}
        errors={request.fieldErrors?.reason}
        value={reason}
        rows={3}
        maxLength={500}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="support-ticket"
          label="Ticket reference (optional)"
          errors={request.fieldErrors?.ticket}
          value={ticket}
          maxLength={100}
          onChange={(event) => setTicket(event.target.value)}
        />
        <SelectField
          id="support-duration"
          label="For"
          options={DURATIONS}
          errors={request.fieldErrors?.durationMinutes}
          value={durationMinutes}
          onChange={(event) => setDuration(event.target.value)}
        />
      </div>
      {readWritePossible ? (
        <RadioGroup
          id="support-mode"
          legend="Access"
          options={{ read_only: 'Read-only', read_write: 'Read-write (needs a tenant admin’s approval)' }}
          errors={request.fieldErrors?.mode}
          value={mode}
          onChange={(value) => setMode(value === 'read_write' ? 'read_write' : 'read_only')}
        />
      ) : (
        <p className="text-sm text-slate-700">Read-only: this organisation allows no read-write sessions.</p>
      )}
      <TextField
        id="support-code"
        label="Two-factor code"
        hint="The code your app shows now: starting a support session always asks for one."
        errors={request.fieldErrors?.code}
        value={code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={40}
        onChange={(event) => setCode(event.target.value)}
      />
      <Button type="submit" disabled={request.pending}>
        {request.pending ? 'Sending…' : startsAtOnce ? 'Start support session' : 'Request access'}
      </Button>
    </form>
  )
}
