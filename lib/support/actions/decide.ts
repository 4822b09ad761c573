import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import type { SupportSession } from '@/lib/generated/prisma/client'
import { waitingAt, withOperator } from '../service'

/** A session of this organisation, under its lock (else NOT_FOUND, as for any other id). */
export async function sessionOfTenant(tx: Tx, tenantId: string, sessionId: string) {
  const session = await tx.supportSession.findFirst({ where: { id: sessionId, tenantId }, include: withOperator })
  return session ?? refuse('NOT_FOUND')
}

/** A request still waiting for a tenant admin's answer (not answered, withdrawn or lapsed). */
export function requireWaiting(session: Pick<SupportSession, 'status' | 'requestedAt'>) {
  if (!waitingAt(session)) refuse('CONFLICT', 'This request has already been answered, withdrawn or has lapsed.')
}
