'use client'

import type { FormEvent } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'
import { switchWorkspaceAction } from '@/lib/switcher/server-actions'
import { OrganisationNameAndSlug } from './organisation-fields'

/** A new organisation: once made, the console moves into its first workspace. */
export function CreateOrganisationForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const create = useAction('organisation.create', { confirm: (input) => `${input.name.trim()} is created.` })
  const enter = useAction(switchWorkspaceAction)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    const outcome = await create.run({ name: String(fields.get('name') ?? ''), slug: String(fields.get('slug') ?? '') })
    if (outcome?.ok) await enter.run({ workspaceId: outcome.data.workspaceId })
  }
  return (
    <form onSubmit={submit} className="space-y-4 text-left" noValidate>
      <FormAlert message={create.formError ?? (enter.result && !enter.result.ok ? enter.result.message : null)} />
      <OrganisationNameAndSlug errors={create.fieldErrors} autoFocus={autoFocus} />
      <p className="text-sm text-slate-600">
        You become its tenant admin. It starts with a General workspace holding Development, Staging and Production.
      </p>
      <Button type="submit" disabled={create.pending || enter.pending || create.result?.ok}>
        {create.pending ? 'Creating…' : enter.pending ? 'Opening…' : 'Create organisation'}
      </Button>
    </form>
  )
}
