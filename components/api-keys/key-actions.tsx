'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormActions } from '@/components/ui/form-actions'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { SelectField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { GRACE_CHOICES } from '@/lib/api-keys/schema'
import { NewKeyShown } from './new-key-shown'

interface Key {
  id: string
  name: string
  /** Where the permission is checked: '' through the tenant, or the key's workspace. */
  workspaceId: string
}

/** Rename, rotate (a new key, the old one kept for a grace period or stopped now) and revoke (asked first). */
export function KeyActions({ apiKey, rotatable }: { apiKey: Key; rotatable: boolean }) {
  const revoke = useAction('apiKey.revoke', { confirm: () => `${apiKey.name} is revoked: its next request is refused.` })
  const [renaming, setRenaming] = useState(false)
  const [rotating, setRotating] = useState(false)
  const [confirmingRevoke, setConfirmingRevoke] = useState(false)
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" onClick={() => setRenaming(true)}>
        Rename…
      </Button>
      {rotatable && (
        <Button type="button" variant="secondary" onClick={() => setRotating(true)}>
          Rotate…
        </Button>
      )}
      <Button type="button" variant="danger" onClick={() => setConfirmingRevoke(true)}>
        Revoke…
      </Button>
      {revoke.result && !revoke.result.ok && (
        <div className="basis-full">
          <FormAlert message={revoke.result.message} />
        </div>
      )}
      <Modal open={renaming} onClose={() => setRenaming(false)} title={`Rename ${apiKey.name}`}>
        {renaming && <RenameForm apiKey={apiKey} onDone={() => setRenaming(false)} />}
      </Modal>
      <Modal open={rotating} onClose={() => setRotating(false)} title={`Rotate ${apiKey.name}`}>
        {rotating && <RotateForm apiKey={apiKey} onDone={() => setRotating(false)} />}
      </Modal>
      <ConfirmDialog
        open={confirmingRevoke}
        title={`Revoke ${apiKey.name}?`}
        confirmLabel="Revoke"
        destructive
        onCancel={() => setConfirmingRevoke(false)}
        onConfirm={() => {
          setConfirmingRevoke(false)
          void revoke.run({ apiKeyId: apiKey.id, workspaceId: apiKey.workspaceId })
        }}
      >
        Every request with this key is refused from now on, on every server. This cannot be undone.
      </ConfirmDialog>
    </div>
  )
}

function RotateForm({ apiKey, onDone }: { apiKey: Key; onDone(): void }) {
  const rotate = useAction('apiKey.rotate', { confirm: () => `${apiKey.name} has a new key.` })
  const [grace, setGrace] = useState<keyof typeof GRACE_CHOICES>('1d')
  const made = rotate.result?.ok ? rotate.result.data : null
  if (made) return <NewKeyShown name={made.name} apiKey={made.key} onDone={onDone} />
  return (
    <form
      onSubmit={submitWith(() => rotate.run({ apiKeyId: apiKey.id, workspaceId: apiKey.workspaceId, grace }))}
      className="space-y-5"
      noValidate
    >
      <FormAlert message={rotate.result && !rotate.result.ok ? rotate.result.message : null} />
      <p className="text-sm text-slate-600">
        A new key with the same name, workspace, scopes and lifetime. It is yours: it can do what you can.
      </p>
      <SelectField
        id={`grace-${apiKey.id}`}
        label="The old key"
        hint="Time to put the new key everywhere the old one is used."
        errors={rotate.fieldErrors?.grace}
        value={grace}
        onChange={(event) => setGrace(event.target.value as keyof typeof GRACE_CHOICES)}
        options={Object.entries(GRACE_CHOICES).map(([value, label]) => ({ value, label }))}
      />
      <FormActions label="Rotate" pendingLabel="Rotating…" pending={rotate.pending} onCancel={onDone} />
    </form>
  )
}

function RenameForm({ apiKey, onDone }: { apiKey: Key; onDone(): void }) {
  const rename = useAction('apiKey.rename', { confirm: (input) => `The key is now called ${input.name.trim()}.` })
  const [name, setName] = useState(apiKey.name)
  return (
    <form
      onSubmit={submitWith(async () => {
        const outcome = await rename.run({ apiKeyId: apiKey.id, workspaceId: apiKey.workspaceId, name })
        if (outcome?.ok) onDone()
      })}
      className="space-y-5"
      noValidate
    >
      <FormAlert message={rename.formError} />
      <TextField
        id={`name-${apiKey.id}`}
        label="Name"
        hint="What the key is for. The key itself does not change."
        errors={rename.fieldErrors?.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        required
      />
      <FormActions label="Rename" pendingLabel="Renaming…" pending={rename.pending} onCancel={onDone} />
    </form>
  )
}
