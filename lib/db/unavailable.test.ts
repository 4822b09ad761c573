import { describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/generated/prisma/client'
import { isDatabaseUnavailable } from './unavailable'

const known = (code: string, driverCause?: object) =>
  new Prisma.PrismaClientKnownRequestError('Raw query failed.', {
    code,
    clientVersion: '7',
    meta: driverCause ? { driverAdapterError: { name: 'DriverAdapterError', cause: driverCause } } : undefined,
  })
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a server that cannot be reached', known('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['a connection the server terminated', known('P2010', { kind: 'postgres', code: '57P01', originalCode: '57P01' })],
    ['a socket lost under a transaction', new Error('Client has encountered a connection error and is not queryable')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['one wrapped in another error', new Error('while saving', { cause: withCode('read ECONNRESET', 'ECONNRESET') })],
  ])('says yes to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a protocol violation (a bug, not an outage)', known('P2010', { kind: 'postgres', code: '08P01', originalCode: '08P01' })],
    ['a pool that waited too long (load, not an outage)', known('P2024')],
    ['a unique violation', known('P2002')],
    [
      'bad input whose text names a socket error',
      known('P2010', { kind: 'postgres', code: '22P02', message: 'invalid input syntax: "ECONNRESET"' }),
    ],
    ['an error from the code itself', new Error('Cannot read properties of undefined')],
    ['a constraint error whose text mentions a connection', withCode('duplicate key: "Connection terminated"', '23505')],
  ])('says no to %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
