'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { CheckboxField, RadioGroup } from '@/components/ui/choice-fields'
import { TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { plural } from '@/lib/format/plural'
import type { ReleaseReviewers } from '@/lib/generated/prisma/enums'
import { REVIEWER_RULES } from '@/lib/releases/reviewers'

interface Props {
  workspaceId: string
  environment: { id: string; name: string; requiredApprovals: number; allowSelfApproval: boolean; reviewers: ReleaseReviewers }
  /** How many people each rule lets review here now. */
  eligible: Record<ReleaseReviewers, number>
}

/** Who reviews releases into an environment, and how many approvals a release needs. */
export function ReviewRulesForm({ workspaceId, environment, eligible }: Props) {
  const { run, pending, fieldErrors, formError } = useAction('environment.setReviewRules', {
    confirm: (_, { changed }) => (changed.length ? `Saved the review rules of ${environment.name}.` : 'Nothing to save: no rule changed.'),
  })
  const [requiredApprovals, setRequiredApprovals] = useState(String(environment.requiredApprovals))
  const [allowSelfApproval, setAllowSelfApproval] = useState(environment.allowSelfApproval)
  const [reviewers, setReviewers] = useState(environment.reviewers)
  const options = Object.fromEntries(
    (Object.keys(REVIEWER_RULES) as ReleaseReviewers[]).map((rule) => [
      rule,
      `${REVIEWER_RULES[rule]} (${plural(eligible[rule], 'person', 'people')})`,
    ]),
  ) as Record<ReleaseReviewers, string>

  return (
    <form
      onSubmit={submitWith(() => run({ workspaceId, environmentId: environment.id, requiredApprovals, allowSelfApproval, reviewers }))}
      className="space-y-5"
      noValidate
    >
      <FormAlert message={formError} />
      <TextField
        id="required-approvals"
        label="Approvals required"
        hint={`Before a release into ${environment.name} can be applied. 0 lets its author apply it without review.`}
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        className="max-w-32"
        errors={fieldErrors?.requiredApprovals}
        value={requiredApprovals}
        onChange={(event) => setRequiredApprovals(event.target.value)}
      />
      <RadioGroup
        id="reviewers"
        legend="Who may review"
        options={options}
        value={reviewers}
        onChange={setReviewers}
        errors={fieldErrors?.reviewers}
      />
      <CheckboxField
        id="allow-self-approval"
        label="Authors may approve their own releases"
        hint="Off by default: a second person looks at every change."
        value={allowSelfApproval}
        onChange={setAllowSelfApproval}
        errors={fieldErrors?.allowSelfApproval}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save review rules'}
      </Button>
    </form>
  )
}
