'use client'

import { startTransition, useActionState, useState, type FormEvent } from 'react'
import { NewAccountFields } from '@/components/account/new-account-fields'
import { OrganisationNameAndSlug } from '@/components/organisations/organisation-fields'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { RadioGroup } from '@/components/ui/choice-fields'
import type { ActionResult } from '@/lib/actions/errors'
import { setUpAction } from '@/lib/tenants/server-actions'

type Result = ActionResult<unknown> | null

type SignUpChoice = 'invitations_only' | 'open' | 'listed_domains'
const SIGN_UP_CHOICES: Record<SignUpChoice, string> = {
  invitations_only: 'Only people invited to an organisation',
  open: 'Anyone',
  listed_domains: 'People with an address at listed domains',
}

/** The first account and the first organisation, in one form (with the key of the set-up link, where one is asked). */
export function SetUpForm({ setUpKey }: { setUpKey: string }) {
  const [result, formAction, pending] = useActionState<Result, FormData>(setUpAction, null)
  // Sent from onSubmit rather than as the form's action, so a refused submission leaves the form as typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    startTransition(() => formAction(fields))
  }
  const [signUpPolicy, setSignUpPolicy] = useState<SignUpChoice>('invitations_only')
  const [domains, setDomains] = useState('')
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined
  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <input type="hidden" name="key" value={setUpKey} />
      <FormAlert message={result && !result.ok && !fieldErrors ? result.message : null} />
      <fieldset className="space-y-4">
        <legend className="mb-3 text-sm font-semibold text-slate-900">Your account</legend>
        <NewAccountFields errors={fieldErrors} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-3 text-sm font-semibold text-slate-900">Your organisation</legend>
        <OrganisationNameAndSlug names={{ name: 'organisationName', slug: 'organisationSlug' }} errors={fieldErrors} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-3 text-sm font-semibold text-slate-900">Other people</legend>
        <RadioGroup<SignUpChoice>
          id="signUpPolicy"
          legend="Who may create an account"
          options={SIGN_UP_CHOICES}
          value={signUpPolicy}
          onChange={setSignUpPolicy}
          errors={fieldErrors?.signUpPolicy}
          hint="Invited people always can. You can change this later."
        />
        {signUpPolicy === 'listed_domains' && (
          <TextField
            id="signUpDomains"
            name="signUpDomains"
            label="Email domains"
            hint="Separated by commas, e.g. example.com, example.org."
            errors={fieldErrors?.signUpDomains}
            value={domains}
            onChange={(event) => setDomains(event.target.value)}
          />
        )}
      </fieldset>
      <p className="text-sm text-slate-600">
        You become the organisation’s tenant admin and this instance’s platform operator. The organisation starts with a General workspace
        holding Development, Staging and Production.
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Setting up…' : 'Set up Atrium'}
      </Button>
    </form>
  )
}
