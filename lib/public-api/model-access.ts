import type { Db } from '@/lib/db/client'
import type { Environment, Workspace } from '@/lib/generated/prisma/client'
import { PROVIDER_KEYS, PROVIDERS } from '@/lib/providers/catalog'
import { policySpec } from '@/lib/resources/kinds/policy'

export interface ModelAccessReason {
  source: 'grant' | 'policy'
  name: string
  allows: boolean
  detail: string
}

/**
 * Whether agents in an environment may use a model, and why: the workspace must be granted
 * an enabled credential of the model's provider, and no live policy of the environment may
 * keep the model out (mode "none", or an allowlist without it). Every reason is listed, the
 * refusing ones and the allowing ones.
 */
export async function modelAccess(db: Db, workspace: Workspace, environment: Environment, model: string) {
  const prefix = model.split('/')[0]!
  const providers = PROVIDER_KEYS.filter((key) => PROVIDERS[key].modelPrefix === prefix)
  const [grants, policies] = await Promise.all([
    db.providerGrant.findMany({
      where: { workspaceId: workspace.id, credential: { provider: { in: providers } } },
      include: { credential: { select: { provider: true, disabledAt: true } } },
    }),
    db.resource.findMany({ where: { environmentId: environment.id, kind: 'policy', deletedAt: null }, orderBy: { key: 'asc' } }),
  ])
  const reasons: ModelAccessReason[] = []
  if (providers.length === 0) {
    reasons.push({ source: 'grant', name: prefix, allows: false, detail: `No provider uses the prefix "${prefix}".` })
  } else if (grants.length === 0) {
    reasons.push({
      source: 'grant',
      name: PROVIDERS[providers[0]!].label,
      allows: false,
      detail: `No credential for ${PROVIDERS[providers[0]!].label} is granted to ${workspace.name}.`,
    })
  }
  // Credentials are named only on the providers page (credentials.read): here, by provider.
  for (const grant of grants) {
    const enabled = grant.credential.disabledAt === null
    const label = PROVIDERS[grant.credential.provider].label
    reasons.push({
      source: 'grant',
      name: label,
      allows: enabled,
      detail: `${workspace.name} is granted a credential for ${label}${enabled ? '' : ', but it is disabled'}.`,
    })
  }
  for (const resource of policies) {
    const parsed = policySpec.safeParse(resource.spec)
    if (!parsed.success) {
      reasons.push({ source: 'policy', name: resource.key, allows: false, detail: 'Could not be read, so it allows nothing.' })
      continue
    }
    const policy = parsed.data
    const allows = policy.modelAccess === 'all' || (policy.modelAccess === 'allowlist' && policy.allowedModels.includes(model))
    const detail =
      policy.modelAccess === 'all'
        ? 'Allows every model.'
        : policy.modelAccess === 'none'
          ? 'Allows no model.'
          : allows
            ? 'Lists this model.'
            : 'Does not list this model.'
    reasons.push({ source: 'policy', name: policy.name, allows, detail })
  }
  const granted = reasons.some((reason) => reason.source === 'grant' && reason.allows)
  const allowedByPolicies = reasons.filter((reason) => reason.source === 'policy').every((reason) => reason.allows)
  return { model, environment: environment.slug, allowed: granted && allowedByPolicies, reasons }
}
