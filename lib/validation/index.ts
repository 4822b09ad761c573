import { z } from 'zod'
import { SLUG_PATTERN } from './slug'

// zod compiles fast parsers with `new Function` where it may; under the console's
// Content-Security-Policy (no 'unsafe-eval') its probe for that is a reported violation
// in the browser. Interpreted parsing is plenty fast for forms.
z.config({ jitless: true })

/**
 * Parsers for what arrives from outside (URLs, forms, action calls): every value becomes
 * a valid one or a clear refusal before it reaches the database driver, which would
 * answer a NUL byte or an impossible date with an error page.
 */

/** Every row id is a UUID: anything else cannot name a row, so it never reaches a query. */
export const entityId = z.uuid({ message: 'This is not a valid id.' })

export function isEntityId(value: unknown): value is string {
  return entityId.safeParse(value).success
}

/** Control characters (Cc) and invisible format characters (Cf: zero-width, bidi overrides, …). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u
const INVISIBLE_GLOBAL = /[\p{Cc}\p{Cf}]/gu
const INVISIBLE_EXCEPT_LINE_BREAKS = /(?!\n)[\p{Cc}\p{Cf}]/u
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u

export const INVISIBLE_CHARACTERS_MESSAGE = 'Remove invisible or control characters (such as zero-width spaces or text-direction marks).'

/**
 * A name people read in lists, the switcher and the audit log: NFC-normalised, trimmed,
 * with no control or invisible characters, so that what is stored is what is shown.
 */
export function displayName({ max, required }: { max: number; required: string }) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, required)
        .max(max, `Use at most ${max} characters.`)
        .refine((value) => !INVISIBLE.test(value), INVISIBLE_CHARACTERS_MESSAGE)
        .refine((value) => value === '' || INVISIBLE.test(value) || VISIBLE.test(value), required),
    )
}

/** Free text that may span lines (descriptions): the same rules as a name, line breaks allowed. */
export function multilineText({ max }: { max: number }) {
  return z
    .string()
    .transform((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, `Use at most ${max} characters.`)
        .refine((value) => !INVISIBLE_EXCEPT_LINE_BREAKS.test(value), INVISIBLE_CHARACTERS_MESSAGE),
    )
}

/** A search box's text: invisible characters are dropped (they cannot be meant), then trimmed. */
export function searchText(max = 100) {
  return z.string().transform((value) => value.normalize('NFC').replace(INVISIBLE_GLOBAL, '').trim().slice(0, max))
}

/** A calendar day as YYYY-MM-DD that exists (no month 13, no 31 April, no year 0). */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1
  }, 'This date does not exist.')

/** One value of a URL parameter that may be repeated: the first. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** A slug typed by a person (workspace and environment slugs, resource keys): the database checks the same pattern. */
export function slugField({ max, required }: { max: number; required: string }) {
  return z
    .string()
    .trim()
    .min(1, required)
    .max(max, `Use at most ${max} characters.`)
    .regex(SLUG_PATTERN, 'Use lowercase letters and digits, with single hyphens between them.')
}
