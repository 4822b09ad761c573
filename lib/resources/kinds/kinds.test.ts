import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { agentSpec } from './agent'

const agent = { name: 'Nightly digest', instructions: 'Summarise the day.', model: 'anthropic/claude-sonnet-4', trigger: 'schedule' }
const errorsOf = (input: object) => {
  const result = agentSpec.safeParse(input)
  return result.success ? {} : z.flattenError(result.error).fieldErrors
}

describe('an agent’s fields', () => {
  test('every field’s error comes at once: a bad schedule is reported beside a bad model, not after it is fixed', () => {
    const errors = errorsOf({ ...agent, model: 'not a model', schedule: 'every night' })
    expect(Object.keys(errors).sort()).toEqual(['model', 'schedule'])
    expect(Object.keys(errorsOf({ ...agent, schedule: 'every night' }))).toEqual(['schedule'])
  })

  test('a schedule is kept only when the trigger is a schedule', () => {
    expect(agentSpec.parse({ ...agent, schedule: '0 9 * * 1-5' }).schedule).toBe('0 9 * * 1-5')
    expect(agentSpec.parse({ ...agent, trigger: 'manual', schedule: 'every night' }).schedule).toBeNull()
    expect(Object.keys(errorsOf({ ...agent, trigger: 'sometimes', schedule: 'every night' }))).toEqual(['trigger'])
  })
})
