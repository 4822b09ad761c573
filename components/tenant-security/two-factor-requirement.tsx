'use client'

import Link from 'next/link'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'

/**
 * Require two-factor authentication for the tenant, or stop requiring it; turning it on asks
 * first, and is offered only once the admin has it themselves (else why, with the way to it).
 */
export function TwoFactorRequirement({ required, withoutIt, ownSetUp }: { required: boolean; withoutIt: number; ownSetUp: boolean }) {
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
        <div className="space-y-2">
          <Button
            type="button"
            disabled={change.pending || !ownSetUp}
            aria-describedby={ownSetUp ? undefined : 'two-factor-yourself-first'}
            onClick={() => setConfirming(true)}
          >
            Require two-factor authentication
          </Button>
          {!ownSetUp && (
            <p id="two-factor-yourself-first" className="text-sm text-slate-600">
              Set it up for yourself first:{' '}
              <Link href="/two-factor/setup?next=/settings/security" className="font-medium text-indigo-700 hover:underline">
                set up two-factor authentication
              </Link>
              .
            </p>
          )}
        </div>
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
