import type { z } from 'zod'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { AGENT_TOOLS, AGENT_TRIGGERS, agentSpec } from './agent'
import { MODEL_ACCESS_MODES, policySpec } from './policy'

/**
 * Everything Atrium knows about a kind of resource: its spec (validated on the server),
 * how people call it, and how each field reads in diffs and history. A new kind is an
 * entry here, an enum value in the schema and a form beside components/resources/agent-form.tsx.
 */
export interface KindDescription {
  label: string
  plural: string
  description: string
  spec: z.ZodType<Record<string, unknown>, unknown>
  /** Field labels in reading order; the spec's fields, and only those. */
  fields: Record<string, string>
  /** How a field's value reads, where its stored form is a code. */
  formatValue?: Partial<Record<string, (value: unknown) => string>>
}

/** A stored spec: the JSON object a kind's schema produced. */
export type Spec = Record<string, unknown>

export function asSpec(value: unknown): Spec | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Spec) : null
}

const fromCatalogue = (catalogue: Record<string, string>) => (value: unknown) =>
  Array.isArray(value)
    ? value.map((item) => catalogue[String(item)] ?? String(item)).join(', ')
    : (catalogue[String(value)] ?? String(value))

export const RESOURCE_KINDS: Record<ResourceKind, KindDescription> = {
  agent: {
    label: 'Agent',
    plural: 'Agents',
    description: 'Digital workers: instructions, a model, tools from the catalogue and what starts them.',
    spec: agentSpec,
    fields: {
      name: 'Name',
      description: 'Description',
      instructions: 'Instructions',
      model: 'Model',
      tools: 'Tools',
      trigger: 'Trigger',
      schedule: 'Schedule',
      enabled: 'Enabled',
    },
    formatValue: { tools: fromCatalogue(AGENT_TOOLS), trigger: fromCatalogue(AGENT_TRIGGERS) },
  },
  policy: {
    label: 'Policy',
    plural: 'Policies',
    description: 'Governance: which models may be used, token limits, redaction and log retention.',
    spec: policySpec,
    fields: {
      name: 'Name',
      modelAccess: 'Model access',
      allowedModels: 'Allowed models',
      maxTokensPerRequest: 'Max tokens per request',
      redactPersonalData: 'Redact personal data',
      logRetentionDays: 'Log retention (days)',
      priority: 'Priority',
    },
    formatValue: { modelAccess: fromCatalogue(MODEL_ACCESS_MODES) },
  },
}

export const RESOURCE_KIND_KEYS = Object.keys(RESOURCE_KINDS) as ResourceKind[]

/** A resource as people name it: "Agent Support triage". */
export const resourceLabel = (kind: ResourceKind, name: string) => `${RESOURCE_KINDS[kind].label} ${name}`

/** Whether a value from outside names a kind: an own key of the catalogue, never an inherited one such as __proto__ or constructor. */
export function isResourceKind(value: unknown): value is ResourceKind {
  return typeof value === 'string' && Object.hasOwn(RESOURCE_KINDS, value)
}

/** A stored spec's name (every kind has one). */
export function specName(spec: unknown): string {
  const name = asSpec(spec)?.name
  return name === undefined ? '' : String(name)
}
