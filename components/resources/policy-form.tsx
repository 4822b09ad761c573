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
      toSpec={(draft) => ({
        ...draft,
        allowedModels: draft.allowedModels
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      })}
      fields={(spec, set, errors) => (
        <>
          <TextField id="name" label="Name" value={spec.name} onChange={(e) => set('name', e.target.value)} errors={errors?.name} />
          <RadioGroup
            id="modelAccess"
            legend="Model access"
            options={MODEL_ACCESS_MODES}
            value={spec.modelAccess}
            onChange={(mode) => set('modelAccess', mode)}
            errors={errors?.modelAccess}
          />
          {spec.modelAccess === 'allowlist' && (
            <TextAreaField
              id="allowedModels"
              label="Allowed models"
              hint="One per line, as provider/model."
              rows={4}
              value={spec.allowedModels}
              onChange={(e) => set('allowedModels', e.target.value)}
              errors={errors?.allowedModels}
              className="font-mono"
            />
          )}
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField
              id="maxTokensPerRequest"
              label="Max tokens per request"
              inputMode="numeric"
              value={spec.maxTokensPerRequest}
              onChange={(e) => set('maxTokensPerRequest', e.target.value)}
              errors={errors?.maxTokensPerRequest}
            />
            <TextField
              id="logRetentionDays"
              label="Log retention (days)"
              inputMode="numeric"
              value={spec.logRetentionDays}
              onChange={(e) => set('logRetentionDays', e.target.value)}
              errors={errors?.logRetentionDays}
            />
            <TextField
              id="priority"
              label="Priority"
              hint="Lower numbers apply first."
              inputMode="numeric"
              value={spec.priority}
              onChange={(e) => set('priority', e.target.value)}
              errors={errors?.priority}
            />
          </div>
          <CheckboxField
            id="redactPersonalData"
            label="Redact personal data"
            hint="Names, addresses and numbers are masked before they reach a model."
            checked={spec.redactPersonalData}
            onChange={(on) => set('redactPersonalData', on)}
          />
        </>
      )}
    />
  )
}
