import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { lockTenant } from '@/lib/db/tenant-lock'

/** An organisation an operator acts on, under its tenant lock (else NOT_FOUND). */
export async function lockedOrganisation(tx: Tx, tenantId: string) {
  if (!(await lockTenant(tx, tenantId))) refuse('NOT_FOUND')
  return tx.tenant.findUniqueOrThrow({ where: { id: tenantId } })
}
