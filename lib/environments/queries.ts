import type { Db, Tx } from '@/lib/db/client'
import type { Environment } from '@/lib/generated/prisma/client'
import type { ResourceKind } from '@/lib/generated/prisma/enums'
import { plural } from '@/lib/format/plural'
import { OPEN_RELEASE_STATUSES } from '@/lib/releases/status'

/**
 * A workspace's environments in order, with how many live agents and policies each holds
 * and how many releases into it are open: one statement, since the workspace's overview
 * (where everyone lands) shows it within its budget of statements.
 */
export async function workspaceEnvironments(db: Db, workspaceId: string) {
  const environments = await db.$queryRaw<(Environment & { agents: number; policies: number; openReleases: number })[]>`
    SELECT e.*,
      (SELECT count(*)::int FROM "Resource" r WHERE r."environmentId" = e.id AND r."deletedAt" IS NULL AND r.kind = 'agent') AS agents,
      (SELECT count(*)::int FROM "Resource" r WHERE r."environmentId" = e.id AND r."deletedAt" IS NULL AND r.kind = 'policy') AS policies,
      (SELECT count(*)::int FROM "Release" rl
        WHERE rl."targetEnvironmentId" = e.id AND rl.status::text = ANY(${[...OPEN_RELEASE_STATUSES]}::text[])) AS "openReleases"
    FROM "Environment" e WHERE e."workspaceId" = ${workspaceId}
    ORDER BY e.position, e.id`
  const byId = new Map(environments.map((environment) => [environment.id, environment]))
  return environments.map((environment) => ({
    ...environment,
    releasesTo: environment.releasesToId ? (byId.get(environment.releasesToId) ?? null) : null,
  }))
}

export type EnvironmentSummary = Awaited<ReturnType<typeof workspaceEnvironments>>[number]

/** "3 agents · 2 policies" */
export const holdings = (environment: EnvironmentSummary) =>
  `${plural(environment.agents, 'agent', 'agents')} · ${plural(environment.policies, 'policy', 'policies')}`

/** "releases to Staging", or where a protected end of the line gets its changes. */
export const whereItReleases = (environment: EnvironmentSummary) =>
  environment.releasesTo
    ? `releases to ${environment.releasesTo.name}`
    : environment.isProtected
      ? 'changes by release only'
      : 'releases nowhere'

/** "1 release open", or null when none is. */
export const openReleasesWords = (environment: EnvironmentSummary) =>
  environment.openReleases > 0 ? `${plural(environment.openReleases, 'release', 'releases')} open` : null

/** An environment's live resources, by kind then key. */
export async function environmentResources(db: Db, environmentId: string) {
  return db.resource.findMany({
    where: { environmentId, deletedAt: null },
    orderBy: [{ kind: 'asc' }, { key: 'asc' }],
    include: { updatedBy: { select: { name: true } } },
  })
}

/** One resource with every revision, newest first, and who wrote each. */
export async function resourceHistory(db: Db, environmentId: string, kind: ResourceKind, key: string) {
  return db.resource.findUnique({
    where: { environmentId_kind_key: { environmentId, kind, key } },
    include: { revisions: { orderBy: { number: 'desc' }, include: { author: { select: { name: true } } } } },
  })
}

/** What keeps an environment from being deleted: resources (deleted ones keep history) and releases from or into it. */
export async function environmentUsage(db: Db | Tx, environmentId: string) {
  const [resources, releases] = await Promise.all([
    db.resource.count({ where: { environmentId } }),
    db.release.count({ where: { OR: [{ sourceEnvironmentId: environmentId }, { targetEnvironmentId: environmentId }] } }),
  ])
  return { resources, releases, inUse: resources > 0 || releases > 0 }
}
