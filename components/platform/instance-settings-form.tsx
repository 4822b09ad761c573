'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { RadioGroup } from '@/components/ui/choice-fields'
import { TextAreaField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'

type Policy = 'invitations_only' | 'open' | 'listed_domains'
type Creation = 'anyone' | 'operators'

const POLICIES: Record<Policy, string> = {
  invitations_only: 'Invited people only',
  open: 'Anyone',
  listed_domains: 'Addresses of listed domains',
}
const CREATION: Record<Creation, string> = { anyone: 'Anyone with a verified address', operators: 'Platform operators only' }

/** Who may sign up, and who may create organisations (and how many each). */
export function InstanceSettingsForm({
  saved,
}: {
  saved: { signUpPolicy: Policy; signUpDomains: string[]; organisationCreation: Creation; organisationsPerAccount: number }
}) {
  const [signUpPolicy, setPolicy] = useState<Policy>(saved.signUpPolicy)
  const [signUpDomains, setDomains] = useState(saved.signUpDomains.join('\n'))
  const [organisationCreation, setCreation] = useState<Creation>(saved.organisationCreation)
  const [organisationsPerAccount, setPerAccount] = useState(String(saved.organisationsPerAccount))
  const save = useAction('platform.setInstanceSettings', { confirm: () => 'The instance’s settings are saved.' })
  return (
    <form
      onSubmit={submitWith(() => save.run({ signUpPolicy, signUpDomains, organisationCreation, organisationsPerAccount }))}
      className="space-y-5"
      noValidate
    >
      <FormAlert message={save.formError} />
      <RadioGroup id="sign-up-policy" legend="Who may sign up" options={POLICIES} value={signUpPolicy} onChange={setPolicy} />
      {signUpPolicy === 'listed_domains' && (
        <TextAreaField
          id="sign-up-domains"
          label="Domains"
          hint="One per line, such as example.com."
          errors={save.fieldErrors?.signUpDomains}
          value={signUpDomains}
          rows={3}
          onChange={(event) => setDomains(event.target.value)}
        />
      )}
      <RadioGroup
        id="organisation-creation"
        legend="Who may create organisations"
        options={CREATION}
        value={organisationCreation}
        onChange={setCreation}
      />
      <TextField
        id="organisations-per-account"
        label="Organisations one account may create"
        errors={save.fieldErrors?.organisationsPerAccount}
        value={organisationsPerAccount}
        inputMode="numeric"
        onChange={(event) => setPerAccount(event.target.value)}
      />
      <Button type="submit" disabled={save.pending}>
        {save.pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  )
}
