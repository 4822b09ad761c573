import type { Tx } from '@/lib/db/client'

/**
 * Takes the tenant row lock (docs/architecture.md §1): every mutation of one tenant waits for
 * the one before it to commit; different tenants never wait on each other.
 */
export async function lockTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Tenant" WHERE "id" = ${tenantId} FOR UPDATE`
}
