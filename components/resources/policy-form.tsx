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
  allowedModels: linesOf(draft.allowedModels),
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

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * `offeredModels`: the models of the providers granted to the workspace, offered for the
 * allowlist with one click (any provider/model may still be typed).
 */
export function PolicyForm({
  target,
  initialKey = '',
  initial,
  offeredModels,
}: {
  target: ResourceTarget
  initialKey?: string
  initial?: PolicySpec
  offeredModels: string[]
}) {
  return (
    <ResourceForm<PolicyDraft>
      target={target}
      initialKey={initialKey}
      initial={initial ? toDraft(initial) : EMPTY_POLICY}
      toSpec={toSpec}
      fields={({ spec, text, choice, set }) => (
        <>
          <TextField {...text('name')} />
          <RadioGroup {...choice('modelAccess')} options={MODEL_ACCESS_MODES} />
          {spec.modelAccess === 'allowlist' && (
            <div className="space-y-2">
              <TextAreaField {...text('allowedModels')} hint="One per line, as provider/model." rows={4} className="font-mono" />
              <ModelSuggestions
                offered={offeredModels}
                listed={linesOf(spec.allowedModels)}
                onAdd={(model) => set('allowedModels', [...linesOf(spec.allowedModels), model].join('\n'))}
              />
            </div>
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

/** The granted providers' models not yet listed, each added with a click. */
function ModelSuggestions({ offered, listed, onAdd }: { offered: string[]; listed: string[]; onAdd(model: string): void }) {
  if (offered.length === 0) {
    return (
      <p className="text-xs text-slate-500">No AI provider is granted to this workspace yet: a tenant admin grants them on AI providers.</p>
    )
  }
  const remaining = offered.filter((model) => !listed.includes(model))
  if (remaining.length === 0) return <p className="text-xs text-slate-500">Every model of the granted providers is listed.</p>
  return (
    <div role="group" aria-label="Models of the providers granted to this workspace" className="flex flex-wrap items-center gap-2">
      <span className="text-xs text-slate-600">Granted to this workspace:</span>
      {remaining.map((model) => (
        <button
          key={model}
          type="button"
          aria-label={`Add ${model}`}
          onClick={() => onAdd(model)}
          className="rounded-md border border-slate-300 bg-surface px-2 py-1 font-mono text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          + {model}
        </button>
      ))}
    </div>
  )
}
