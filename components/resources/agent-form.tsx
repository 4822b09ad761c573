'use client'

import { CheckboxField, CheckboxGroup, RadioGroup } from '@/components/ui/choice-fields'
import { TextAreaField, TextField } from '@/components/ui/field'
import { AGENT_TOOLS, AGENT_TRIGGERS, type AgentSpec } from '@/lib/resources/kinds/agent'
import { ResourceForm } from './resource-form'
import type { ResourceTarget } from './use-save-resource'

const EMPTY_AGENT: AgentSpec = {
  name: '',
  description: '',
  instructions: '',
  model: '',
  tools: [],
  trigger: 'manual',
  schedule: null,
  enabled: true,
}

export function AgentForm({
  target,
  initialKey = '',
  initial = EMPTY_AGENT,
}: {
  target: ResourceTarget
  initialKey?: string
  initial?: AgentSpec
}) {
  return (
    <ResourceForm
      target={target}
      initialKey={initialKey}
      initial={initial}
      fields={({ spec, text, choice }) => (
        <>
          <TextField {...text('name')} />
          <TextAreaField {...text('description')} rows={2} />
          <TextAreaField {...text('instructions')} hint="What the agent is told to do, in plain words." rows={6} />
          <TextField {...text('model')} hint="As provider/model, e.g. openai/gpt-4.1 or anthropic/claude-sonnet-4." className="font-mono" />
          <CheckboxGroup {...choice('tools')} options={AGENT_TOOLS} />
          <RadioGroup {...choice('trigger')} options={AGENT_TRIGGERS} />
          {spec.trigger === 'schedule' && (
            <TextField
              {...text('schedule')}
              hint="A cron expression: minute hour day-of-month month day-of-week (0 9 * * 1-5 is 09:00 on weekdays)."
              className="font-mono"
            />
          )}
          <CheckboxField {...choice('enabled')} hint="A disabled agent keeps its settings and does not run." />
        </>
      )}
    />
  )
}
