'use client'

import { useState, type FormEvent } from 'react'
import Link from 'next/link'
import { useAction } from '@/components/actions/use-action'
import { OrganisationNameAndSlug } from '@/components/organisations/organisation-fields'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { ShownOnce } from '@/components/ui/shown-once'

/** An operator makes an organisation for someone, whose first tenant admin is invited. */
export function CreateOrganisationForForm() {
  const [adminEmail, setAdminEmail] = useState('')
  const create = useAction('platform.createOrganisation', {
    confirm: (input, data) =>
      data.link ? `${input.name.trim()} is created: pass the link on.` : `${input.name.trim()} is created; ${input.adminEmail} is invited.`,
  })
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    await create.run({ name: String(fields.get('name') ?? ''), slug: String(fields.get('slug') ?? ''), adminEmail })
  }
  const done = create.result?.ok ? create.result.data : null
  if (done)
    return (
      <div className="space-y-4 text-sm">
        {done.link ? (
          <ShownOnce
            message={`Send this invitation link to ${done.email}: it makes them the organisation’s tenant admin.`}
            label={`Invitation link for ${done.email}`}
            value={done.link}
            copyLabel="Copy link"
            footnote="It works once, for 7 days. Atrium keeps no copy."
          />
        ) : (
          <p>The invitation was mailed to {done.email}.</p>
        )}
        <Link href={`/platform/organisations/${done.organisationId}`} className="font-medium text-indigo-700 hover:underline">
          Open the organisation’s page
        </Link>
      </div>
    )
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormAlert message={create.formError} />
      <OrganisationNameAndSlug errors={create.fieldErrors} autoFocus />
      <TextField
        id="admin-email"
        label="First tenant admin’s email"
        hint="They are invited to be its tenant admin; you join nothing."
        type="email"
        errors={create.fieldErrors?.adminEmail}
        value={adminEmail}
        onChange={(event) => setAdminEmail(event.target.value)}
      />
      <Button type="submit" disabled={create.pending}>
        {create.pending ? 'Creating…' : 'Create organisation'}
      </Button>
    </form>
  )
}
