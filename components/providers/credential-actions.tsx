'use client'

import { useState } from 'react'
import { toast } from 'sonner'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormActions } from '@/components/ui/form-actions'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { SecretField } from './secret-field'

interface Credential {
  id: string
  name: string
  enabled: boolean
  /** The workspaces granted it, by name: while there are any, it cannot be deleted. */
  grantedTo: string[]
}

/** Test connection, rotate the key, disable or enable, delete (asked first; offered only once no workspace is granted it). */
export function CredentialActions({ credential }: { credential: Credential }) {
  const test = useAction('credential.test')
  const setEnabled = useAction('credential.setEnabled', {
    confirm: ({ enabled }) =>
      enabled ? `${credential.name} is enabled again.` : `${credential.name} is disabled: no workspace can use it.`,
  })
  const remove = useAction('credential.delete', { confirm: () => `${credential.name} is deleted.` })
  const [rotating, setRotating] = useState(false)
  const [confirming, setConfirming] = useState<'disable' | 'delete' | null>(null)

  const runTest = async () => {
    const outcome = await test.run({ credentialId: credential.id })
    if (!outcome) return
    if (!outcome.ok) toast.error(outcome.message)
    else if (outcome.data.verified) toast.success(`${credential.name}: ${outcome.data.message}`)
    else toast.error(`${credential.name}: ${outcome.data.message}`)
  }
  const refusal = [setEnabled, remove].map((state) => state.result).find((result) => result && !result.ok)

  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" disabled={test.pending} onClick={() => void runTest()}>
        {test.pending ? 'Testing…' : 'Test connection'}
      </Button>
      <Button type="button" variant="secondary" onClick={() => setRotating(true)}>
        Rotate key…
      </Button>
      {credential.enabled ? (
        <Button type="button" variant="secondary" onClick={() => setConfirming('disable')}>
          Disable…
        </Button>
      ) : (
        <Button
          type="button"
          variant="secondary"
          disabled={setEnabled.pending}
          onClick={() => void setEnabled.run({ credentialId: credential.id, enabled: true })}
        >
          Enable
        </Button>
      )}
      <Button
        type="button"
        variant="danger"
        disabled={credential.grantedTo.length > 0}
        aria-describedby={credential.grantedTo.length > 0 ? `${credential.id}-granted` : undefined}
        onClick={() => setConfirming('delete')}
      >
        Delete…
      </Button>
      {credential.grantedTo.length > 0 && (
        <p id={`${credential.id}-granted`} className="basis-full text-sm text-slate-600">
          Granted to {credential.grantedTo.join(', ')}: revoke {credential.grantedTo.length === 1 ? 'that grant' : 'those grants'} below to
          delete it.
        </p>
      )}
      {refusal && !refusal.ok && (
        <div className="basis-full">
          <FormAlert message={refusal.message} />
        </div>
      )}
      <Modal open={rotating} onClose={() => setRotating(false)} title={`Rotate the key of ${credential.name}`}>
        {rotating && <RotateForm credential={credential} onDone={() => setRotating(false)} />}
      </Modal>
      <ConfirmDialog
        open={confirming === 'disable'}
        title={`Disable ${credential.name}?`}
        confirmLabel="Disable"
        destructive
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null)
          void setEnabled.run({ credentialId: credential.id, enabled: false })
        }}
      >
        No workspace can use it until it is enabled again; its grants stay.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={`Delete ${credential.name}?`}
        confirmLabel="Delete"
        destructive
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null)
          void remove.run({ credentialId: credential.id })
        }}
      >
        The encrypted key is deleted for good. This cannot be undone.
      </ConfirmDialog>
    </div>
  )
}

/** Pastes the new key; the old one stops being used the moment it is saved. */
function RotateForm({ credential, onDone }: { credential: Credential; onDone(): void }) {
  const rotate = useAction('credential.rotate', {
    confirm: () => `${credential.name} now uses the new key. Test it to verify.`,
  })
  const [secret, setSecret] = useState('')
  const submit = async () => {
    const outcome = await rotate.run({ credentialId: credential.id, secret })
    if (outcome?.ok) onDone()
  }
  return (
    <form onSubmit={submitWith(submit)} className="space-y-5" noValidate>
      <FormAlert message={rotate.formError} />
      <SecretField
        id={`rotate-${credential.id}`}
        label="New key"
        hint="The old key is replaced at once"
        errors={rotate.fieldErrors?.secret}
        value={secret}
        onChange={setSecret}
      />
      <FormActions label="Replace the key" pendingLabel="Saving…" pending={rotate.pending} onCancel={onDone} />
    </form>
  )
}
