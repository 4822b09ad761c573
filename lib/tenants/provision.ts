import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import { provisionWorkspace } from '@/lib/workspaces/provision'
import { ORGANISATION_SLUG_TAKEN } from './schema'

/** Every new organisation starts with this workspace, its default, with the standard environments. */
export const FIRST_WORKSPACE = { name: 'General', slug: 'general', color: 'indigo', description: '' } as const

export interface NewOrganisation {
  name: string
  slug: string
  /**
   * The account that creates it: its first tenant admin, counted against its per-account
   * limit. Null when a platform operator makes it for someone, who joins by invitation (§15).
   */
  creatorId: string | null
}

/**
 * Makes an organisation with its creator as tenant admin and its first workspace (the
 * creator its workspace admin), inside the caller's transaction. Returns the tenant and
 * what the first workspace's `workspace.created` entry says. A slug in use, also by an
 * organisation waiting to be purged, is refused next to the field.
 */
export async function provisionOrganisation(tx: Tx, input: NewOrganisation, { slugField = 'slug' } = {}) {
  const slugTaken = () => refuse('VALIDATION', undefined, { [slugField]: [ORGANISATION_SLUG_TAKEN] })
  if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) slugTaken()
  try {
    const tenant = await tx.tenant.create({
      data: {
        name: input.name,
        slug: input.slug,
        createdById: input.creatorId,
        ...(input.creatorId ? { memberships: { create: { userId: input.creatorId, role: 'tenant_admin' } } } : {}),
      },
    })
    const { audit } = await provisionWorkspace(tx, { tenantId: tenant.id, ...FIRST_WORKSPACE, isDefault: true }, input.creatorId)
    return { tenant, firstWorkspace: audit }
  } catch (error) {
    // Two people choosing the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) slugTaken()
    throw error
  }
}
