'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { LinkButton } from '@/components/ui/link-button'
import { FormActions } from '@/components/ui/form-actions'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { QrCode } from './qr-code'
import { RecoveryCodes } from './recovery-codes'

/**
 * Setting up two-factor authentication: a QR code (and the key to type instead), a code
 * from the app to confirm, then the ten recovery codes, once.
 */
export function TwoFactorSetup({ alreadyOn, next, nextLabel }: { alreadyOn: boolean; next: string; nextLabel: string }) {
  const begin = useAction('account.beginTwoFactor')
  const confirm = useAction('account.confirmTwoFactor', { confirm: () => 'Two-factor authentication is on.' })
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const secret = begin.result?.ok ? begin.result.data : null
  const codes = confirm.result?.ok ? confirm.result.data.recoveryCodes : null

  if (codes) {
    return (
      <div className="space-y-4">
        <RecoveryCodes codes={codes} />
        <LinkButton href={next} variant="primary" className="inline-flex">
          {nextLabel}
        </LinkButton>
      </div>
    )
  }
  // Turned on elsewhere (or by this page, whose refresh must not hide the codes above).
  if (alreadyOn) {
    return (
      <div className="space-y-4 text-sm text-slate-700">
        <p>Two-factor authentication is already on for your account.</p>
        <LinkButton href={next} variant="primary" className="inline-flex">
          {nextLabel}
        </LinkButton>
      </div>
    )
  }
  if (!secret) {
    return (
      <div className="space-y-4">
        <FormAlert message={begin.formError} />
        <p className="text-sm text-slate-600">
          You need an authenticator app on your phone, such as 1Password, Google Authenticator, Microsoft Authenticator or Aegis.
        </p>
        <Button type="button" onClick={() => begin.run({})} disabled={begin.pending}>
          {begin.pending ? 'Preparing…' : 'Set up two-factor authentication'}
        </Button>
      </div>
    )
  }
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700">
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <div className="mt-3">
            <QrCode qr={secret.qr} label="QR code for your authenticator app" />
          </div>
          <label htmlFor="two-factor-key" className="mt-3 block">
            Or type this key into the app instead:
          </label>
          {/* A text area, not an input: the whole key stays visible on a phone, wrapped. */}
          <textarea
            id="two-factor-key"
            readOnly
            rows={2}
            value={secret.key}
            onFocus={(event) => event.target.select()}
            className="mt-1 block w-full resize-none rounded-md border border-slate-300 bg-surface px-2 py-1.5 font-mono text-base tracking-wider text-slate-900"
          />
        </li>
        <li>Enter your password and the six-digit code the app shows.</li>
      </ol>
      <form onSubmit={submitWith(() => confirm.run({ password, code }))} className="max-w-xs space-y-4" noValidate>
        <FormAlert message={confirm.formError} />
        <TextField
          id="two-factor-password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={confirm.fieldErrors?.password}
          value={password}
          autoFocus
          onChange={(event) => setPassword(event.target.value)}
        />
        <TextField
          id="two-factor-code"
          label="Code from the app"
          autoComplete="one-time-code"
          inputMode="numeric"
          errors={confirm.fieldErrors?.code}
          value={code}
          className="font-mono tracking-widest"
          onChange={(event) => setCode(event.target.value)}
        />
        <FormActions label="Turn on" pendingLabel="Checking…" pending={confirm.pending} />
      </form>
    </div>
  )
}
