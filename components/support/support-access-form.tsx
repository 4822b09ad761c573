'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { CheckboxField, RadioGroup } from '@/components/ui/choice-fields'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'

type Policy = 'off' | 'on_approval' | 'allowed'

const POLICIES: Record<Policy, string> = {
  on_approval: 'On approval: a tenant admin approves each request',
  allowed: 'Allowed: read-only sessions start at once',
  off: 'Off: operators cannot come in',
}

/** Whether and how the platform's operators may look inside this organisation. */
export function SupportAccessForm({
  policy: saved,
  readWrite: savedReadWrite,
  open,
}: {
  policy: Policy
  readWrite: boolean
  open: number
}) {
  const [policy, setPolicy] = useState<Policy>(saved)
  const [readWrite, setReadWrite] = useState(savedReadWrite)
  const [confirming, setConfirming] = useState(false)
  const change = useAction('tenant.setSupportAccess', {
    confirm: (_input, data) =>
      data.ended > 0
        ? `Support access is off; ${data.ended} open ${data.ended === 1 ? 'session ended' : 'sessions ended'}.`
        : 'Support access saved.',
  })
  const save = () => change.run({ policy, readWrite: readWrite ? 'on' : 'off' })
  const unchanged = policy === saved && (readWrite === savedReadWrite || policy === 'off')
  return (
    <form onSubmit={submitWith(() => (policy === 'off' && open > 0 ? setConfirming(true) : save()))} className="space-y-4" noValidate>
      <FormAlert message={change.formError} />
      <RadioGroup id="support-policy" legend="Support access" options={POLICIES} value={policy} onChange={setPolicy} />
      {policy !== 'off' && (
        <CheckboxField
          id="support-read-write"
          label="Read-write sessions may be approved (a tenant admin approves each one)"
          value={readWrite}
          onChange={setReadWrite}
        />
      )}
      <Button type="submit" disabled={change.pending || unchanged}>
        {change.pending ? 'Saving…' : 'Save'}
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Turn support access off?"
        confirmLabel="Turn it off"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void save()
        }}
      >
        {`${open} open ${open === 1 ? 'request or session ends' : 'requests or sessions end'} at once.`}
      </ConfirmDialog>
    </form>
  )
}
