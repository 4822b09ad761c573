import { Prisma } from '@/lib/generated/prisma/client'

/** Whether a write lost to a unique index (P2002): the lock should prevent it, the index still decides. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
