import { z } from 'zod'
import { displayName, multilineText } from '@/lib/validation'
import { cronExpression, modelName } from './fields'

/** The fixed catalogue of tools an agent may use. */
export const AGENT_TOOLS = {
  web_search: 'Web search',
  knowledge_lookup: 'Knowledge lookup',
  send_email: 'Send email',
  http_request: 'HTTP request',
  code_interpreter: 'Code interpreter',
} as const
export type AgentTool = keyof typeof AGENT_TOOLS
const TOOL_KEYS = Object.keys(AGENT_TOOLS) as [AgentTool, ...AgentTool[]]

export const AGENT_TRIGGERS = { manual: 'Manual', schedule: 'On a schedule', webhook: 'Webhook' } as const
const TRIGGER_KEYS = Object.keys(AGENT_TRIGGERS) as [keyof typeof AGENT_TRIGGERS, ...(keyof typeof AGENT_TRIGGERS)[]]

/** An agent (a "digital worker"): what it is told, which model it runs on, what it may use, what starts it. */
export const agentSpec = z
  .object({
    name: displayName({ max: 64, required: 'Enter a name.' }),
    description: multilineText({ max: 500 }).default(''),
    instructions: multilineText({ max: 20_000 }).pipe(z.string().min(1, 'Tell the agent what to do.')),
    model: modelName,
    tools: z
      .array(z.enum(TOOL_KEYS, { message: 'Choose tools from the catalogue.' }))
      .default([])
      .transform((tools) => TOOL_KEYS.filter((tool) => tools.includes(tool))),
    trigger: z.enum(TRIGGER_KEYS, { message: 'Choose what starts the agent.' }),
    /** The cron expression, only when trigger is "schedule". */
    schedule: z.string().nullish(),
    enabled: z.boolean().default(true),
  })
  .superRefine(
    (agent, context) => {
      if (agent.trigger !== 'schedule') return
      const schedule = cronExpression.safeParse(agent.schedule ?? '')
      if (!schedule.success)
        for (const issue of schedule.error.issues) context.addIssue({ code: 'custom', path: ['schedule'], message: issue.message })
    },
    // Checked alongside every other field's error (a form reports all of them at once), unless the trigger itself is unreadable.
    {
      when: (payload) =>
        typeof payload.value === 'object' &&
        payload.value !== null &&
        !payload.issues.some((issue) => issue.path?.[0] === 'trigger' || issue.path?.[0] === 'schedule'),
    },
  )
  .transform((agent) => ({ ...agent, schedule: agent.trigger === 'schedule' ? cronExpression.parse(agent.schedule) : null }))

export type AgentSpec = z.output<typeof agentSpec>
