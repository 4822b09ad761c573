import { CronExpressionParser } from 'cron-parser'
import { z } from 'zod'

/** "provider/model", e.g. openai/gpt-4.1: the provider's slug, a slash, the provider's model name. */
export const MODEL_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*\/[A-Za-z0-9][A-Za-z0-9._:-]*$/

export const modelName = z
  .string()
  .trim()
  .min(1, 'Enter a model as provider/model, e.g. openai/gpt-4.1.')
  .max(100, 'Use at most 100 characters.')
  .regex(MODEL_PATTERN, 'Write the model as provider/model, e.g. openai/gpt-4.1.')

/** A five-field cron expression (minute hour day-of-month month day-of-week). */
export const cronExpression = z
  .string()
  .trim()
  .min(1, 'Enter when it runs, as a cron expression such as 0 9 * * 1-5.')
  .refine((value) => value.split(/\s+/).length === 5, 'Use five fields: minute hour day-of-month month day-of-week.')
  .refine((value) => {
    try {
      CronExpressionParser.parse(value)
      return true
    } catch {
      return false
    }
  }, 'This is not a valid cron expression (e.g. 0 9 * * 1-5 runs at 09:00 on weekdays).')

/** A whole number within bounds, from a form field (text) or a JSON number. */
export function wholeNumber({ min, max, label }: { min: number; max: number; label: string }) {
  return z.coerce
    .number({ message: `Enter ${label} as a number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} is at least ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} is at most ${max.toLocaleString('en')}.`)
}
