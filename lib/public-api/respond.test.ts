import { describe, expect, it } from 'vitest'
import { DomainError, ERRORS, refusalOf, type ErrorCode } from '@/lib/actions/errors'
import { actionFailure } from './respond'

describe('refusals over HTTP', () => {
  it('answers a rate-limited action 429 with Retry-After in seconds', async () => {
    const response = actionFailure(refusalOf(new DomainError('RATE_LIMITED', 'Too many attempts. Try again in 30 seconds.', undefined, 30)))
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('30')
    expect(await response.json()).toEqual({ error: { code: 'rate_limited', message: 'Too many attempts. Try again in 30 seconds.' } })
  })

  it('answers a two-factor refusal 403, a missing thing 404 and invalid input 422 with its fields', async () => {
    expect(actionFailure(refusalOf(new DomainError('TWO_FACTOR_REQUIRED'))).status).toBe(403)
    expect(actionFailure(refusalOf(new DomainError('NOT_FOUND'))).status).toBe(404)
    const invalid = actionFailure(refusalOf(new DomainError('VALIDATION', undefined, { key: ['Use lowercase letters.'] })))
    expect(invalid.status).toBe(422)
    expect(await invalid.json()).toMatchObject({ error: { code: 'validation', fields: { key: ['Use lowercase letters.'] } } })
  })

  it('gives every code of the error table its own status, never a default', () => {
    for (const code of Object.keys(ERRORS) as ErrorCode[]) {
      if (code === 'UNAUTHENTICATED') continue
      expect(actionFailure(refusalOf(new DomainError(code))).status, code).toBe(ERRORS[code].status)
    }
  })
})
