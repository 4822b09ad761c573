import type { AccountActor, Actor } from '@/lib/authz/permissions'
import type { AuditRecord } from '@/lib/audit/chain'
import type { Db, Tx } from '@/lib/db/client'

/**
 * Who is calling an action. Its owners build it: a signed-in person's session
 * (lib/context/caller.ts) or an API key (lib/api-keys/caller.ts); the wrapper only asks.
 */
export interface Caller {
  userId: string | null
  /** The tenant of a tenant-level action; null for a person who is in no organisation (yet, or any more). */
  tenantId: string | null
  /** The signed-in session making the call; null for an API key. */
  sessionId: string | null
  /** A person's session: the workspace it has active, which every tab's call is checked against. Null for an API key (no tab). */
  session: { activeWorkspace: { id: string; name: string } | null } | null
  /** The caller as an actor of `tenantId`, read with `db` (under the tenant lock inside the transaction); null if they are none there. */
  actorIn(db: Db | Tx, tenantId: string): Promise<Actor | null>
  /** The caller as themselves, for account-level actions; null for an API key (a key acts in its tenant only). */
  account(db: Db | Tx): Promise<AccountActor | null>
  /** The audit record as written: an API key's call names the key. */
  stamp(record: AuditRecord): AuditRecord
}
