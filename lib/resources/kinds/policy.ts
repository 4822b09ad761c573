import { z } from 'zod'
import { displayName } from '@/lib/validation'
import { modelName, wholeNumber } from './fields'

/** How a policy governs models: an explicit mode, never "an empty list means all". */
export const MODEL_ACCESS_MODES = { all: 'All models', allowlist: 'Only the listed models', none: 'No models' } as const
const MODE_KEYS = Object.keys(MODEL_ACCESS_MODES) as [keyof typeof MODEL_ACCESS_MODES, ...(keyof typeof MODEL_ACCESS_MODES)[]]

/** A governance policy: which models may be used, how much, what is kept and redacted. */
export const policySpec = z
  .object({
    name: displayName({ max: 64, required: 'Enter a name.' }),
    modelAccess: z.enum(MODE_KEYS, { message: 'Choose how models are allowed.' }),
    allowedModels: z.array(modelName).default([]),
    maxTokensPerRequest: wholeNumber({ min: 1, max: 2_000_000, label: 'the token limit' }),
    redactPersonalData: z.boolean().default(false),
    logRetentionDays: wholeNumber({ min: 1, max: 3650, label: 'the retention' }),
    priority: wholeNumber({ min: 0, max: 1000, label: 'the priority' }),
  })
  .transform((policy, context) => {
    const allowedModels = [...new Set(policy.allowedModels)].sort()
    if (policy.modelAccess !== 'allowlist') return { ...policy, allowedModels: [] }
    if (allowedModels.length === 0) {
      context.addIssue({ code: 'custom', path: ['allowedModels'], message: 'List at least one model, or choose another mode.' })
      return z.NEVER
    }
    return { ...policy, allowedModels }
  })

export type PolicySpec = z.output<typeof policySpec>
