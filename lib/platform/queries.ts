import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { listQuery, pageCount, pageWindow, personMatching, type ListQuery } from '@/lib/listing/query'

/** The organisations list of /platform: search by name or slug, sorted by name or creation. */
export const organisationsQuery = listQuery(['name', 'created'])
export type OrganisationsQuery = ListQuery<'name' | 'created'>

export type OrganisationStatus = 'active' | 'suspended' | 'deletion scheduled'

export function organisationStatus(tenant: { suspendedAt: Date | null; deletionDueAt: Date | null }): OrganisationStatus {
  if (tenant.deletionDueAt) return 'deletion scheduled'
  return tenant.suspendedAt ? 'suspended' : 'active'
}

/** One page of every organisation on the instance, with what an operator looks at first. */
export async function organisationsPage(db: Db, query: OrganisationsQuery) {
  const where: Prisma.TenantWhereInput = query.q
    ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { slug: { contains: query.q.toLowerCase() } }] }
    : {}
  const [total, rows] = await Promise.all([
    db.tenant.count({ where }),
    db.tenant.findMany({
      where,
      orderBy: query.sort === 'created' ? [{ createdAt: query.dir }, { id: 'asc' }] : [{ name: query.dir }, { id: 'asc' }],
      ...pageWindow(query),
      select: {
        id: true,
        name: true,
        slug: true,
        createdAt: true,
        suspendedAt: true,
        deletionDueAt: true,
        supportAccess: true,
        auditHead: { select: { updatedAt: true } },
        _count: { select: { workspaces: { where: { status: 'ACTIVE' } }, memberships: true } },
      },
    }),
  ])
  return {
    total,
    pages: pageCount(total, query),
    rows: rows.map((tenant) => ({
      id: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
      status: organisationStatus(tenant),
      supportAccess: tenant.supportAccess,
      workspaces: tenant._count.workspaces,
      people: tenant._count.memberships,
      lastActivity: tenant.auditHead?.updatedAt ?? null,
      createdAt: tenant.createdAt,
    })),
  }
}

/** One organisation as an operator sees it: its facts, never its content. */
export async function organisationFacts(db: Db, tenantId: string) {
  const tenant = await db.tenant.findUnique({
    where: { id: tenantId },
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      workspaceLimit: true,
      suspendedAt: true,
      suspendedReason: true,
      deletionDueAt: true,
      supportAccess: true,
      supportReadWrite: true,
      requireTwoFactor: true,
      createdBy: { select: { name: true, email: true } },
      suspendedBy: { select: { name: true, email: true } },
      auditHead: { select: { seq: true, updatedAt: true } },
      _count: { select: { workspaces: { where: { status: 'ACTIVE' } }, memberships: true } },
    },
  })
  if (!tenant) return null
  const admins = await db.tenantMembership.findMany({
    where: { tenantId, role: 'tenant_admin', status: 'ACTIVE' },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
    take: 10,
  })
  return { ...tenant, status: organisationStatus(tenant), admins: admins.map((a) => a.user) }
}

/** The operator's own open requests and sessions, with their organisations. */
export function openSupportSessionsOf(db: Db, operatorId: string) {
  return db.supportSession.findMany({
    where: { operatorId, status: { in: ['requested', 'active'] } },
    orderBy: { requestedAt: 'desc' },
    include: { tenant: { select: { id: true, name: true, slug: true } } },
  })
}

/** The accounts list of /platform/accounts: search by any part of a name or an address. */
export const accountsQuery = listQuery(['name', 'email'])
export type AccountsQuery = ListQuery<'name' | 'email'>

export async function accountsPage(db: Db, query: AccountsQuery) {
  const where: Prisma.UserWhereInput = query.q ? personMatching(query.q) : {}
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { id: 'asc' }],
      ...pageWindow(query),
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        isPlatformAdmin: true,
        createdAt: true,
        twoFactor: { select: { confirmedAt: true } },
        tenantMemberships: { select: { role: true, status: true, tenant: { select: { id: true, name: true } } } },
      },
    }),
  ])
  return {
    total,
    pages: pageCount(total, query),
    rows: rows.map(({ twoFactor, tenantMemberships, ...user }) => ({
      ...user,
      hasTwoFactor: Boolean(twoFactor?.confirmedAt),
      organisations: tenantMemberships.map((m) => ({ id: m.tenant.id, name: m.tenant.name, role: m.role, status: m.status })),
    })),
  }
}

/** The platform log, newest first, by keyset on seq (a deep page costs what the first does). */
export async function platformLogPage(db: Db, { before, size = 50 }: { before?: number; size?: number }) {
  const entries = await db.platformAuditEvent.findMany({
    where: before ? { seq: { lt: before } } : {},
    orderBy: { seq: 'desc' },
    take: size,
  })
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null))]
  const organisationIds = [...new Set(entries.map((e) => e.organisationId).filter((id): id is string => id !== null))]
  const [actors, organisations, head] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
    db.tenant.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    db.platformAuditHead.findUnique({ where: { id: 1 }, select: { seq: true } }),
  ])
  return {
    entries,
    actors: new Map(actors.map((a) => [a.id, a])),
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    total: head?.seq ?? 0,
  }
}

/** The platform's operators, by name. */
export function platformOperators(db: Db) {
  return db.user.findMany({ where: { isPlatformAdmin: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } })
}
