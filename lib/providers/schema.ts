import { z } from 'zod'
import { entityId } from '@/lib/validation'

/** A pasted key: one token, no spaces or line breaks (a copy that took the surrounding text along). */
export const secretKey = z
  .string()
  .trim()
  .min(1, { message: 'Paste the key.', abort: true })
  .min(8, 'This is too short to be a provider key.')
  .max(500, 'This is longer than any provider key (500 characters at most).')
  .refine((value) => !/\s/.test(value), 'A key has no spaces or line breaks: paste the key alone.')

/** Blank means "none": a form's empty field and an absent one read the same. */
export const blankAsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/** What every action on one credential names. */
export const credentialTarget = z.object({ credentialId: entityId })

/** How credential actions are declared: tenant-wide, by those who manage the tenant's credentials. */
export const MANAGE_CREDENTIALS = { permission: 'credentials.manage' } as const
