'use client'

import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { TextButton } from '@/components/ui/text-button'

type Step = 'disable' | 'enable' | 'removeTwoFactor' | 'endSessions'

const QUESTIONS: Record<Step, { title: string; confirm: string; body: string }> = {
  disable: {
    title: 'Disable this account everywhere?',
    confirm: 'Disable',
    body: 'Every session ends now and nobody can sign in with it, in any organisation, until it is re-enabled.',
  },
  enable: { title: 'Re-enable this account?', confirm: 'Re-enable', body: 'It can sign in again to the organisations where it is active.' },
  removeTwoFactor: {
    title: 'Remove two-factor authentication?',
    confirm: 'Remove it',
    body: 'Only for someone who lost both their phone and their recovery codes and proved who they are another way. Their sessions end; an organisation that requires it asks them to set it up again.',
  },
  endSessions: {
    title: 'End every session?',
    confirm: 'End them',
    body: 'Each browser signed in with this account is signed out on its next request.',
  },
}

/** An operator's changes of one account, each asked once more first. */
export function AccountControls({
  userId,
  email,
  active,
  hasTwoFactor,
  self,
}: {
  userId: string
  email: string
  active: boolean
  hasTwoFactor: boolean
  self: boolean
}) {
  const [asking, setAsking] = useState<Step | null>(null)
  const status = useAction('platform.setAccountStatus', {
    confirm: (input) => (input.status === 'DISABLED' ? `${email} is disabled everywhere.` : `${email} is active again.`),
  })
  const removeTwoFactor = useAction('platform.removeTwoFactor', { confirm: () => `${email} has no two-factor authentication now.` })
  const endSessions = useAction('platform.endAccountSessions', {
    confirm: (_input, data) => `${data.sessions} session${data.sessions === 1 ? '' : 's'} of ${email} ended.`,
  })
  const run = (step: Step) => {
    if (step === 'disable' || step === 'enable') return status.run({ userId, status: step === 'disable' ? 'DISABLED' : 'ACTIVE' })
    if (step === 'removeTwoFactor') return removeTwoFactor.run({ userId })
    return endSessions.run({ userId })
  }
  const pending = status.pending || removeTwoFactor.pending || endSessions.pending
  return (
    <div className="space-y-1">
      <FormAlert message={status.formError ?? removeTwoFactor.formError ?? endSessions.formError} />
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {!self && (
          <TextButton
            disabled={pending}
            aria-label={`${active ? 'Disable' : 'Re-enable'} ${email}`}
            onClick={() => setAsking(active ? 'disable' : 'enable')}
          >
            {active ? 'Disable' : 'Re-enable'}
          </TextButton>
        )}
        {hasTwoFactor && !self && (
          <TextButton
            disabled={pending}
            aria-label={`Remove two-factor authentication of ${email}`}
            onClick={() => setAsking('removeTwoFactor')}
          >
            Remove two-factor
          </TextButton>
        )}
        {!self && (
          <TextButton disabled={pending} aria-label={`End sessions of ${email}`} onClick={() => setAsking('endSessions')}>
            End sessions
          </TextButton>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          open
          title={QUESTIONS[asking].title}
          confirmLabel={QUESTIONS[asking].confirm}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const step = asking
            setAsking(null)
            void run(step)
          }}
        >
          {`${email}: ${QUESTIONS[asking].body}`}
        </ConfirmDialog>
      )}
    </div>
  )
}
