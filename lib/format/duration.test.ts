import { describe, expect, it } from 'vitest'
import { formatDuration } from './duration'

describe('formatDuration', () => {
  it('names a period in its largest whole unit', () => {
    expect(formatDuration(7 * 86_400_000)).toBe('7 days')
    expect(formatDuration(86_400_000)).toBe('1 day')
    expect(formatDuration(36 * 3_600_000)).toBe('36 hours')
    expect(formatDuration(90_000)).toBe('90 seconds')
    expect(formatDuration(30_000)).toBe('30 seconds')
  })

  it('rounds a period that is no whole number of any unit', () => {
    expect(formatDuration(86_400_000 + 1)).toBe('1 day')
    expect(formatDuration(500)).toBe('1 second')
  })
})
