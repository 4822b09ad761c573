import type { Db } from '@/lib/db/client'
import { PROVIDERS } from './catalog'

/**
 * The tenant's credentials as the providers page shows them: everything but the sealed
 * secret, which no page ever reads. Two statements: the credentials with their grants, and
 * the workspaces a grant may name.
 */
export async function providersPage(db: Db, tenantId: string) {
  const [credentials, workspaces] = await Promise.all([
    db.providerCredential.findMany({
      where: { tenantId },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        provider: true,
        baseUrl: true,
        fingerprint: true,
        check: true,
        checkMessage: true,
        lastCheckedAt: true,
        lastVerifiedAt: true,
        disabledAt: true,
        createdAt: true,
        rotatedAt: true,
        addedBy: { select: { name: true } },
        grants: {
          orderBy: { workspace: { name: 'asc' } },
          select: { workspaceId: true, monthlyBudget: true, requestsPerMinute: true, workspace: { select: { name: true } } },
        },
      },
    }),
    db.workspace.findMany({ where: { tenantId, status: 'ACTIVE' }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  return { credentials, workspaces }
}

export type CredentialRow = Awaited<ReturnType<typeof providersPage>>['credentials'][number]

/** The models of the providers whose enabled credentials the workspace is granted, as provider/model. */
export async function grantedModels(db: Db, workspaceId: string): Promise<string[]> {
  const grants = await db.providerGrant.findMany({
    where: { workspaceId, credential: { disabledAt: null } },
    select: { credential: { select: { provider: true } } },
  })
  const providers = [...new Set(grants.map((grant) => grant.credential.provider))]
  return providers.flatMap((provider) => PROVIDERS[provider].models.map((model) => `${PROVIDERS[provider].modelPrefix}/${model}`))
}
