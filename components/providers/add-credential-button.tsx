'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormActions } from '@/components/ui/form-actions'
import { SelectField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { Modal } from '@/components/ui/modal'
import type { AiProvider } from '@/lib/generated/prisma/enums'
import { PROVIDER_KEYS, PROVIDERS } from '@/lib/providers/catalog'
import { SecretField } from './secret-field'

/** "Add credential" and its form in a dialog. */
export function AddCredentialButton() {
  const [isOpen, setOpen] = useState(false)
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Add credential
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title="Add a provider credential">
        {isOpen && <AddCredentialForm onDone={() => setOpen(false)} />}
      </Modal>
    </>
  )
}

function AddCredentialForm({ onDone }: { onDone(): void }) {
  const add = useAction('credential.add', { confirm: (input) => `${input.name.trim()} is saved. Its key will not be shown again.` })
  const [provider, setProvider] = useState<AiProvider>('openai')
  const [name, setName] = useState('')
  const [baseUrl, setBaseUrl] = useState('')
  const [secret, setSecret] = useState('')
  const info = PROVIDERS[provider]
  const submit = async () => {
    const outcome = await add.run({ provider, name, baseUrl, secret })
    if (outcome?.ok) onDone()
  }
  return (
    <form onSubmit={submitWith(submit)} className="space-y-5" noValidate>
      <FormAlert message={add.formError} />
      <SelectField
        id="credential-provider"
        label="Provider"
        errors={add.fieldErrors?.provider}
        value={provider}
        onChange={(event) => setProvider(event.target.value as AiProvider)}
        options={PROVIDER_KEYS.map((key) => ({ value: key, label: PROVIDERS[key].label }))}
      />
      <TextField
        id="credential-name"
        label="Name"
        hint="How people recognise it, e.g. “OpenAI production”."
        errors={add.fieldErrors?.name}
        value={name}
        maxLength={80}
        required
        autoFocus
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        id="credential-base-url"
        label={info.defaultBaseUrl ? 'API address (optional)' : 'API address'}
        hint={
          info.defaultBaseUrl
            ? `Leave empty for ${info.defaultBaseUrl}.`
            : 'The base address of the API, e.g. https://example.openai.azure.com.'
        }
        errors={add.fieldErrors?.baseUrl}
        value={baseUrl}
        type="url"
        inputMode="url"
        maxLength={300}
        required={!info.defaultBaseUrl}
        className="font-mono"
        onChange={(event) => setBaseUrl(event.target.value)}
      />
      <SecretField
        id="credential-secret"
        hint={`Usually ${info.keyHint}`}
        errors={add.fieldErrors?.secret}
        value={secret}
        onChange={setSecret}
      />
      <FormActions label="Save credential" pendingLabel="Saving…" pending={add.pending} onCancel={onDone} />
    </form>
  )
}
