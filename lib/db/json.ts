import { Prisma } from '@/lib/generated/prisma/client'

/** A value for a nullable JSON column: SQL NULL for null or undefined (not the JSON value null). */
export function nullableJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue)
}
