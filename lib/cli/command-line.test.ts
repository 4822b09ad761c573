import { describe, expect, it } from 'vitest'
import { parseCommandLine, required, UsageError, usageText } from './command-line'

const usage = 'Usage: set-limit --tenant <slug> --limit <n> [--by <operator>]'

const parseSetLimit = (argv: string[]) =>
  parseCommandLine(
    {
      usage,
      options: {
        tenant: { type: 'string' },
        limit: { type: 'string' },
        by: { type: 'string', default: 'platform operator' },
      },
      parse: ({ tenant, limit, by }) => {
        const number = Number(limit)
        if (!Number.isInteger(number) || number < 1) throw new UsageError()
        return { slug: required(tenant), limit: number, by }
      },
    },
    argv,
  )

const usageErrorOf = (argv: string[]) => {
  try {
    parseSetLimit(argv)
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  throw new Error(`${argv.join(' ')} was accepted`)
}

describe('parseCommandLine', () => {
  it('reads --name value and --name=value, applying defaults, and hands the values to parse', () => {
    expect(parseSetLimit(['--tenant', 'acme', '--limit=150'])).toEqual({
      slug: 'acme',
      limit: 150,
      by: 'platform operator',
    })
    expect(parseSetLimit(['--limit', '3', '--by', 'ops@example.com', '--tenant', 'acme'])).toEqual({
      slug: 'acme',
      limit: 3,
      by: 'ops@example.com',
    })
  })

  it('refuses missing, empty or invalid values with a bare usage error, as parse decides', () => {
    for (const argv of [['--limit', '3'], ['--tenant', '', '--limit', '3'], ['--tenant', 'acme', '--limit', 'x'], []]) {
      const error = usageErrorOf(argv)
      expect(error.message).toBe('')
      expect(usageText(usage, error)).toBe(usage)
    }
  })

  it('refuses unknown options, positionals and an option missing its value, saying why', () => {
    expect(usageErrorOf(['--tenant', 'acme', '--limit', '3', '--force']).message).toMatch(/Unknown option '--force'/)
    expect(usageErrorOf(['--tenant', 'acme', '--limit', '3', 'extra']).message).toMatch(/Unexpected argument 'extra'/)
    expect(usageErrorOf(['--limit', '3', '--tenant']).message).toMatch(/--tenant/)
    // The old hand-rolled parser took "--limit" for the tenant's slug here.
    const error = usageErrorOf(['--tenant', '--limit', '3'])
    expect(error.message).toMatch(/--tenant/)
    expect(usageText(usage, error)).toBe(`${error.message}\n${usage}`)
  })
})
