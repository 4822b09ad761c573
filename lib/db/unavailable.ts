import { Prisma } from '@/lib/generated/prisma/client'

/** The driver adapter's words for "the database is not there" (Prisma's DriverAdapterError kinds). */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])
/** Prisma's codes for the same: cannot reach, timed out, closed, no connection from the pool in time. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024'])
/** PostgreSQL's connection exceptions (08…) and shutdowns (57P01–57P03: terminated, crash, starting up). */
const UNREACHABLE_SQLSTATE = /^(08|57P0[1-3])/
/** node-postgres's own words when the socket under a query went away. */
const SOCKET_LOST =
  /Connection terminated|connection error|not queryable|ECONNREFUSED|ECONNRESET|EPIPE|timeout exceeded when trying to connect/i

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
  if (error instanceof Prisma.PrismaClientInitializationError) return true
  return causes(error).some((cause) => {
    if (cause instanceof Prisma.PrismaClientKnownRequestError) {
      if (UNREACHABLE_CODES.has(cause.code)) return true
      const driver = (cause.meta?.driverAdapterError as { cause?: { kind?: string; code?: string; originalCode?: string } } | undefined)
        ?.cause
      if (driver?.kind && UNREACHABLE_KINDS.has(driver.kind)) return true
      if ([driver?.code, driver?.originalCode].some((code) => typeof code === 'string' && UNREACHABLE_SQLSTATE.test(code))) return true
    }
    const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && (UNREACHABLE_SQLSTATE.test(code) || /^E(CONNREFUSED|CONNRESET|PIPE)$/.test(code))) return true
    return typeof message === 'string' && SOCKET_LOST.test(message)
  })
}
