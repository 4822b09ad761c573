'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { LinkButton } from '@/components/ui/link-button'
import { FormActions } from '@/components/ui/form-actions'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { RecoveryCodes } from './recovery-codes'

export interface TwoFactorStatus {
  on: boolean
  since: string | null
  recoveryCodesLeft: number
  /** A tenant of theirs requires it: it cannot be turned off. */
  required: boolean
}

/** The account page's two-factor section: set it up, or (when on) new recovery codes and turning it off. */
export function TwoFactorSettings({ status }: { status: TwoFactorStatus }) {
  const [dialog, setDialog] = useState<'off' | 'codes' | null>(null)
  if (!status.on) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">
          Off.{' '}
          {status.required
            ? 'Your organisation requires it.'
            : 'A code from your phone at sign-in keeps a stolen password from being enough.'}
        </p>
        <LinkButton href="/two-factor/setup?next=/account" variant="primary" className="inline-flex">
          Set up two-factor authentication
        </LinkButton>
      </div>
    )
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        <span className="mr-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">On</span>
        Since {status.since}. {status.recoveryCodesLeft} of 10 recovery codes left.
        {status.required && ' Your organisation requires it.'}
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => setDialog('codes')}>
          New recovery codes
        </Button>
        {!status.required && (
          <Button type="button" variant="danger" onClick={() => setDialog('off')}>
            Turn off
          </Button>
        )}
      </div>
      <Modal open={dialog === 'off'} onClose={() => setDialog(null)} title="Turn off two-factor authentication">
        {dialog === 'off' && <TurnOffForm onDone={() => setDialog(null)} />}
      </Modal>
      <Modal open={dialog === 'codes'} onClose={() => setDialog(null)} title="New recovery codes">
        {dialog === 'codes' && <RenewCodesForm onDone={() => setDialog(null)} />}
      </Modal>
    </div>
  )
}

function TurnOffForm({ onDone }: { onDone(): void }) {
  const off = useAction('account.disableTwoFactor', { confirm: () => 'Two-factor authentication is off.' })
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  return (
    <form
      onSubmit={submitWith(async () => {
        if ((await off.run({ password, code }))?.ok) onDone()
      })}
      className="space-y-4"
      noValidate
    >
      <p className="text-sm text-slate-600">Signing in will need only your password. Your recovery codes stop working.</p>
      <FormAlert message={off.formError} />
      <TextField
        id="off-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        errors={off.fieldErrors?.password}
        value={password}
        autoFocus
        onChange={(event) => setPassword(event.target.value)}
      />
      <TextField
        id="off-code"
        label="Code from your app, or a recovery code"
        autoComplete="one-time-code"
        errors={off.fieldErrors?.code}
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      <FormActions label="Turn off" pendingLabel="Turning off…" pending={off.pending} onCancel={onDone} />
    </form>
  )
}

function RenewCodesForm({ onDone }: { onDone(): void }) {
  const renew = useAction('account.renewRecoveryCodes', { confirm: () => 'New recovery codes are ready; the old ones no longer work.' })
  const [code, setCode] = useState('')
  const codes = renew.result?.ok ? renew.result.data.recoveryCodes : null
  if (codes) {
    return (
      <div className="space-y-4">
        <RecoveryCodes codes={codes} />
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    )
  }
  return (
    <form onSubmit={submitWith(() => renew.run({ code }))} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">Ten new codes replace the ones you have; the old ones stop working.</p>
      <FormAlert message={renew.formError} />
      <TextField
        id="renew-code"
        label="Code from your app"
        autoComplete="one-time-code"
        errors={renew.fieldErrors?.code}
        value={code}
        autoFocus
        onChange={(event) => setCode(event.target.value)}
      />
      <FormActions label="Make new codes" pendingLabel="Making…" pending={renew.pending} onCancel={onDone} />
    </form>
  )
}
