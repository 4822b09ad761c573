'use client'

import { CheckboxField, CheckboxGroup, RadioGroup } from '@/components/ui/choice-fields'
import { TextAreaField, TextField } from '@/components/ui/field'
import { AGENT_TOOLS, AGENT_TRIGGERS, type AgentSpec, type AgentTool } from '@/lib/resources/kinds/agent'
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
      fields={(spec, set, errors) => (
        <>
          <TextField id="name" label="Name" value={spec.name} onChange={(e) => set('name', e.target.value)} errors={errors?.name} />
          <TextAreaField
            id="description"
            label="Description"
            rows={2}
            value={spec.description}
            onChange={(e) => set('description', e.target.value)}
            errors={errors?.description}
          />
          <TextAreaField
            id="instructions"
            label="Instructions"
            hint="What the agent is told to do, in plain words."
            rows={6}
            value={spec.instructions}
            onChange={(e) => set('instructions', e.target.value)}
            errors={errors?.instructions}
          />
          <TextField
            id="model"
            label="Model"
            hint="As provider/model, e.g. openai/gpt-4.1 or anthropic/claude-sonnet-4."
            value={spec.model}
            onChange={(e) => set('model', e.target.value)}
            errors={errors?.model}
            className="font-mono"
          />
          <CheckboxGroup<AgentTool>
            id="tools"
            legend="Tools"
            options={AGENT_TOOLS}
            value={spec.tools}
            onChange={(tools) => set('tools', tools)}
            errors={errors?.tools}
          />
          <RadioGroup
            id="trigger"
            legend="Trigger"
            options={AGENT_TRIGGERS}
            value={spec.trigger}
            onChange={(trigger) => set('trigger', trigger)}
            errors={errors?.trigger}
          />
          {spec.trigger === 'schedule' && (
            <TextField
              id="schedule"
              label="Schedule"
              hint="A cron expression: minute hour day-of-month month day-of-week (0 9 * * 1-5 is 09:00 on weekdays)."
              value={spec.schedule ?? ''}
              onChange={(e) => set('schedule', e.target.value)}
              errors={errors?.schedule}
              className="font-mono"
            />
          )}
          <CheckboxField
            id="enabled"
            label="Enabled"
            hint="A disabled agent keeps its settings and does not run."
            checked={spec.enabled}
            onChange={(enabled) => set('enabled', enabled)}
          />
        </>
      )}
    />
  )
}
