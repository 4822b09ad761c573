import type { z } from 'zod'
import { resourceKey } from '@/lib/resources/schema'
import { workspaceSlug } from '@/lib/workspaces/schema'

/**
 * The parameters of an /api/v1 path arrive decoded (a %00 is a NUL byte, which the database
 * driver refuses with an error) and reach no query until they are exactly what their parser
 * accepts: anything else names nothing, as an unknown slug does.
 */
function problemOf(parser: z.ZodType<string>, value: unknown): string | null {
  const parsed = parser.safeParse(value)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'This is not valid.'
  return parsed.data === value ? null : 'Remove the spaces around it.'
}

/** A workspace or environment slug as the path gives it: lowercase letters and digits with single hyphens. */
export const isSlugParameter = (value: unknown): value is string => problemOf(workspaceSlug, value) === null

/** What is wrong with a resource key as the path gives it, or null when it is a valid key. */
export const resourceKeyProblem = (value: unknown): string | null => problemOf(resourceKey, value)
