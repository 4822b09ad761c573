import type { Db, Tx } from '@/lib/db/client'
import type { InstanceRules } from '@/lib/authz/permissions'
import type { Instance } from '@/lib/generated/prisma/client'

/**
 * The instance's one row of settings (the migration makes it; nothing adds or removes
 * one). Not a tenant's: any scope reads it.
 */
export function readInstance(db: Db | Tx): Promise<Instance> {
  return db.instance.findUniqueOrThrow({ where: { id: 1 } })
}

/** What lib/authz decides account-level actions on. */
export async function readInstanceRules(db: Db | Tx): Promise<InstanceRules> {
  const { organisationCreation } = await readInstance(db)
  return { organisationCreation }
}
