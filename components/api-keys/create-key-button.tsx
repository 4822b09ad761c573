'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormActions } from '@/components/ui/form-actions'
import { CheckboxGroup, RadioGroup } from '@/components/ui/choice-fields'
import { SelectField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import { API_KEY_SCOPES, EXPIRY_CHOICES } from '@/lib/api-keys/schema'
import { NewKeyShown } from './new-key-shown'

type Scope = keyof typeof API_KEY_SCOPES
type Expiry = keyof typeof EXPIRY_CHOICES

/**
 * "Create key" and its dialog: the form, then the new key, once. It starts at the narrowest
 * key: the workspace the person is in (when they may bind one to it), reading only.
 */
export function CreateKeyButton({
  bindings,
  currentWorkspaceId,
}: {
  bindings: { id: string; name: string }[]
  currentWorkspaceId: string
}) {
  const [isOpen, setOpen] = useState(false)
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Create key
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title="Create an API key">
        {isOpen && <CreateKeyForm bindings={bindings} currentWorkspaceId={currentWorkspaceId} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  )
}

function CreateKeyForm({
  bindings,
  currentWorkspaceId,
  onDone,
}: {
  bindings: { id: string; name: string }[]
  currentWorkspaceId: string
  onDone(): void
}) {
  const create = useAction('apiKey.create', { confirm: (input) => `${input.name.trim()} is created.` })
  const [name, setName] = useState('')
  const narrowest = bindings.find((binding) => binding.id === currentWorkspaceId) ?? bindings.find((binding) => binding.id !== '')
  const [workspaceId, setWorkspaceId] = useState(narrowest?.id ?? bindings[0]?.id ?? '')
  const [scopes, setScopes] = useState<Scope[]>(['read'])
  const [expiresIn, setExpiresIn] = useState<Expiry>('90')
  const [expiresOn, setExpiresOn] = useState('')
  const made = create.result?.ok ? create.result.data : null
  if (made) return <NewKeyShown name={made.name} apiKey={made.key} onDone={onDone} />
  return (
    <form onSubmit={submitWith(() => create.run({ name, workspaceId, scopes, expiresIn, expiresOn }))} className="space-y-5" noValidate>
      <FormAlert message={create.formError} />
      <TextField
        id="api-key-name"
        label="Name"
        hint="What uses it, e.g. “CI deploys”."
        errors={create.fieldErrors?.name}
        value={name}
        maxLength={80}
        required
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        id="api-key-workspace"
        label="Works in"
        errors={create.fieldErrors?.workspaceId}
        value={workspaceId}
        onChange={(event) => setWorkspaceId(event.target.value)}
        options={bindings.map((binding) => ({ value: binding.id, label: binding.name }))}
      />
      <CheckboxGroup
        id="api-key-scopes"
        legend="Scopes"
        options={API_KEY_SCOPES}
        value={scopes}
        onChange={setScopes}
        errors={create.fieldErrors?.scopes}
      />
      <RadioGroup<Expiry>
        id="api-key-expiry"
        legend="Expires"
        options={EXPIRY_CHOICES}
        value={expiresIn}
        onChange={setExpiresIn}
        errors={create.fieldErrors?.expiresIn}
      />
      {expiresIn === 'date' && (
        <TextField
          id="api-key-expires-on"
          label="Expiry day"
          hint="At most 366 days from today."
          type="date"
          errors={create.fieldErrors?.expiresOn}
          value={expiresOn}
          onChange={(event) => setExpiresOn(event.target.value)}
        />
      )}
      <FormActions label="Create key" pendingLabel="Creating…" pending={create.pending} onCancel={onDone} />
    </form>
  )
}
