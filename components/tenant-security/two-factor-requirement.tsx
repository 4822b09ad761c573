'use client'

import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'

/** Require two-factor authentication for the tenant, or stop requiring it; turning it on asks first. */
export function TwoFactorRequirement({ required, withoutIt }: { required: boolean; withoutIt: number }) {
  const [confirming, setConfirming] = useState(false)
  const change = useAction('tenant.setTwoFactorRequirement', {
    confirm: (input) =>
      input.required === 'on' ? 'Two-factor authentication is now required.' : 'Two-factor authentication is no longer required.',
  })
  return (
    <div className="space-y-4">
      <FormAlert message={change.formError} />
      <p className="text-sm text-slate-700">
        {required
          ? 'Required: people without it set it up before they reach the console.'
          : 'Not required: each person decides for themselves.'}
      </p>
      {required ? (
        <Button type="button" variant="secondary" disabled={change.pending} onClick={() => change.run({ required: 'off' })}>
          Stop requiring it
        </Button>
      ) : (
        <Button type="button" disabled={change.pending} onClick={() => setConfirming(true)}>
          Require two-factor authentication
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title="Require two-factor authentication?"
        confirmLabel="Require it"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void change.run({ required: 'on' })
        }}
      >
        {withoutIt === 0
          ? 'Everyone in this organisation has already set it up.'
          : `${withoutIt} ${withoutIt === 1 ? 'person has' : 'people have'} not set it up yet. They will be asked to before they can do anything else in the console, and the API keys they made stop working until they do.`}
      </ConfirmDialog>
    </div>
  )
}
