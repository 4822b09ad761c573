'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'

/** The organisation's name, saved in place; its slug is shown beside it and never changes. */
export function RenameOrganisationForm({ name: saved }: { name: string }) {
  const [name, setName] = useState(saved)
  const rename = useAction('organisation.rename', { confirm: (input) => `The organisation is now called ${input.name.trim()}.` })
  return (
    <form onSubmit={submitWith(() => rename.run({ name }))} className="space-y-4" noValidate>
      <FormAlert message={rename.formError} />
      <TextField
        id="organisation-name"
        label="Name"
        hint="How the organisation appears in the switcher, the sidebar and its people’s mail."
        errors={rename.fieldErrors?.name}
        value={name}
        maxLength={64}
        autoComplete="organization"
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" disabled={rename.pending || name.trim() === saved}>
        {rename.pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  )
}
