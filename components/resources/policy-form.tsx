'use client'

import { CheckboxField, RadioGroup } from '@/components/ui/choice-fields'
import { TextAreaField, TextField } from '@/components/ui/field'
import { MODEL_ACCESS_MODES, type PolicySpec } from '@/lib/resources/kinds/policy'
import { ResourceForm } from './resource-form'
import type { ResourceTarget } from './use-save-resource'

/** The form keeps numbers as typed (text) and models as lines; the server validates and converts. */
type PolicyDraft = Omit<PolicySpec, 'maxTokensPerRequest' | 'logRetentionDays' | 'priority' | 'allowedModels'> & {
  maxTokensPerRequest: string
  logRetentionDays: string
  priority: string
  allowedModels: string
}

const toDraft = (policy: PolicySpec): PolicyDraft => ({
  ...policy,
  maxTokensPerRequest: String(policy.maxTokensPerRequest),
  logRetentionDays: String(policy.logRetentionDays),
  priority: String(policy.priority),
  allowedModels: policy.allowedModels.join('\n'),
})

const toSpec = (draft: PolicyDraft) => ({
  ...draft,
  allowedModels: draft.allowedModels
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
})

const EMPTY_POLICY: PolicyDraft = {
  name: '',
  modelAccess: 'allowlist',
  allowedModels: '',
  maxTokensPerRequest: '8000',
  redactPersonalData: true,
  logRetentionDays: '30',
  priority: '100',
}

export function PolicyForm({ target, initialKey = '', initial }: { target: ResourceTarget; initialKey?: string; initial?: PolicySpec }) {
  return (
    <ResourceForm<PolicyDraft>
      target={target}
      initialKey={initialKey}
      initial={initial ? toDraft(initial) : EMPTY_POLICY}
      toSpec={toSpec}
      fields={({ spec, text, choice }) => (
        <>
          <TextField {...text('name')} />
          <RadioGroup {...choice('modelAccess')} options={MODEL_ACCESS_MODES} />
          {spec.modelAccess === 'allowlist' && (
            <TextAreaField {...text('allowedModels')} hint="One per line, as provider/model." rows={4} className="font-mono" />
          )}
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField {...text('maxTokensPerRequest')} inputMode="numeric" />
            <TextField {...text('logRetentionDays')} inputMode="numeric" />
            <TextField {...text('priority')} hint="Lower numbers apply first." inputMode="numeric" />
          </div>
          <CheckboxField {...choice('redactPersonalData')} hint="Names, addresses and numbers are masked before they reach a model." />
        </>
      )}
    />
  )
}
