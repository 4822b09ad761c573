import { z } from 'zod'
import { entityId } from '@/lib/validation'

/** A label copied along with a key: "Key: ", "API key = ", "OPENAI_API_KEY=", "export TOKEN=", "Bearer ". */
const COPIED_LABEL = /^\s*(?:export\s+)?(?:[a-z0-9]+[ _-])*?(?:key|token)\s*[:=]\s*|^\s*bearer\s+/i

/** The key without a label copied along with it, or the quotes around it. */
const withoutCopiedLabel = (value: string) =>
  value
    .replace(COPIED_LABEL, '')
    .trim()
    .replace(/^(["'])(.+)\1$/, '$2')

/** A pasted key: one token, no spaces or line breaks (a copy that took the surrounding text along), any copied label dropped. */
export const secretKey = z.preprocess(
  (value) => (typeof value === 'string' ? withoutCopiedLabel(value) : value),
  z
    .string()
    .trim()
    .min(1, { message: 'Paste the key.', abort: true })
    .min(8, 'This is too short to be a provider key.')
    .max(500, 'This is longer than any provider key (500 characters at most).')
    .refine((value) => !/\s/.test(value), 'A key has no spaces or line breaks: paste the key alone.'),
)

/** Blank means "none": a form's empty field and an absent one read the same. */
export const blankAsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/** Budgets are whole US dollars (one currency for every organisation). */
const BUDGET = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })

/** "$1,500". */
export const formatBudget = (amount: number) => BUDGET.format(amount)

/**
 * A budget as people type it: "$1,500", "1500 USD" and "1500" read the same. What is left
 * unreadable (a bare "$", "1,50") is kept as typed, to be refused next to the field.
 */
export function budgetText(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const amount = value
    .replace(/^\s*\$\s*/, '')
    .replace(/\s*(?:usd|\$)\s*$/i, '')
    .trim()
  if (amount === '') return value
  return /^[1-9]\d{0,2}(?:,\d{3})+$/.test(amount) ? amount.replaceAll(',', '') : amount
}

/** What every action on one credential names. */
export const credentialTarget = z.object({ credentialId: entityId })

/** How credential actions are declared: tenant-wide, by those who manage the tenant's credentials. */
export const MANAGE_CREDENTIALS = { permission: 'credentials.manage' } as const
