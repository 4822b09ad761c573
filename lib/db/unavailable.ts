import { Prisma } from '@/lib/generated/prisma/client'

/** The driver adapter's words for "the database is not there" (Prisma's DriverAdapterError kinds). */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
/** Prisma's codes for the same: cannot reach, timed out, closed. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017'])
/** PostgreSQL's connection failures (08000, 08001, 08003, 08004, 08006) and shutdowns (57P01–57P03). */
const UNREACHABLE_SQLSTATE = /^(0800[0134]|08006|57P0[1-3])$/
/** The operating system's words for a socket that could not be opened or went away. */
const SOCKET_CODES = /^E(CONNREFUSED|CONNRESET|PIPE|HOSTUNREACH|NETUNREACH|AI_AGAIN|TIMEDOUT)$/
/** node-postgres's own words when the socket under a query went away (its errors carry no code). */
const SOCKET_LOST = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/

function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 8; current = (current as { cause?: unknown }).cause) chain.push(current)
  return chain
}

/**
 * Whether a failure means the database could not be reached or dropped the connection
 * (server down or restarting, connection killed), rather than a fault in the request: the
 * caller answers "the database is unavailable, try again" and the transaction, if any,
 * changed nothing it did not commit.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    if (cause instanceof Prisma.PrismaClientInitializationError)
      return cause.errorCode !== undefined && UNREACHABLE_CODES.has(cause.errorCode)
    if (cause instanceof Prisma.PrismaClientKnownRequestError) {
      if (UNREACHABLE_CODES.has(cause.code)) return true
      const driver = (cause.meta?.driverAdapterError as { cause?: { kind?: string; code?: string; originalCode?: string } } | undefined)
        ?.cause
      if (driver?.kind && UNREACHABLE_KINDS.has(driver.kind)) return true
      return [driver?.code, driver?.originalCode].some((code) => typeof code === 'string' && UNREACHABLE_SQLSTATE.test(code))
    }
    if (cause instanceof Prisma.PrismaClientValidationError) return false
    const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown }
    if (typeof code === 'string') return UNREACHABLE_SQLSTATE.test(code) || SOCKET_CODES.test(code)
    // Only a driver error without a code is read by its words: never a message that repeats a query's input.
    return typeof message === 'string' && SOCKET_LOST.test(message)
  })
}
