import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils'

/**
 * Counts the SQL statements Prisma sends through a driver adapter: every query and
 * command, and a transaction's BEGIN and COMMIT (or ROLLBACK), each a round trip to the
 * database. The benchmarks read it per page; a test holds the request context to one.
 */
export interface StatementCounter {
  count: number
}

const STATEMENTS = new Set(['queryRaw', 'executeRaw', 'executeScript', 'commit', 'rollback'])

function counted<T extends object>(target: T, counter: StatementCounter): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown
      if (typeof value !== 'function') return value
      if (STATEMENTS.has(String(property))) {
        return (...args: unknown[]) => {
          counter.count++
          return (value as (...a: unknown[]) => unknown).apply(object, args)
        }
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => {
          counter.count++
          return counted((await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args)) as Transaction, counter)
        }
      }
      return (value as (...a: unknown[]) => unknown).bind(object)
    },
  })
}

/** The same adapter factory, counting into `counter` on every connection it opens. */
export function countStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
  counter: StatementCounter,
): SqlMigrationAwareDriverAdapterFactory {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown
      if (property === 'connect' || property === 'connectToShadowDb') {
        return async () => counted((await (value as () => Promise<SqlDriverAdapter>).apply(object)) as SqlDriverAdapter, counter)
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value
    },
  })
}
