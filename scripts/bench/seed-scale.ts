/**
 * Benchmark data (not a test): grows the configured database (PostgreSQL via
 * DATABASE_URL, else the PGlite directory under ATRIUM_DATA_DIR) to the size real
 * tenants reach. Acme gets 100 workspaces, 10,000 more people who are all members of
 * its default workspace, and an audit chain of 200,000 entries that still verifies
 * (hashed with the project's own appendAudit hashing). Runs again without adding twice.
 *
 *   npm run bench:seed-scale [-- --workspaces 100 --members 10000 --audit 200000]
 */
import { runCommand } from '@/lib/cli/command'
import { nextLink } from '@/lib/audit/chain'
import type { Db } from '@/lib/db/client'
import { connect } from '@/lib/db/adapter'
import { applyMigrations } from '@/lib/db/migrations/runner'
import { seedDemoData } from '@/lib/demo/seed'
import { DEFAULT_ENVIRONMENTS } from '@/lib/workspaces/provision'
import { getConfig } from '@/lib/config'

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Elif', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kira', 'Liam', 'Mona', 'Nils', 'Omar', 'Pia']
const LAST = ['Novak', 'Okafor', 'Silva', 'Tanaka', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ivanova']
const ACTIONS = [
  ['workspace.updated', 'workspace'],
  ['member.added', 'user'],
  ['member.roleChanged', 'user'],
  ['member.removed', 'user'],
  ['invitation.created', 'invitation'],
  ['tenantUser.roleChanged', 'user'],
  ['session.signedIn', 'user'],
  ['session.signedOut', 'user'],
  ['workspace.switched', 'workspace'],
] as const

// Migrations and demo data first, so that a fresh database can be grown in one step.
{
  const config = getConfig()
  const connection = connect(config.database)
  await applyMigrations(connection)
  await connection.close()
}

await runCommand({
  path: 'demo-seed',
  usage: 'Usage: npm run bench:seed-scale -- [--workspaces 100] [--members 10000] [--audit 200000]',
  options: { workspaces: { type: 'string' }, members: { type: 'string' }, audit: { type: 'string' } },
  parse: ({ workspaces, members, audit }) => ({
    workspaces: Number(workspaces ?? 100),
    members: Number(members ?? 10_000),
    audit: Number(audit ?? 200_000),
  }),
  async run({ args, db, config }) {
    await seedDemoData(db, config)
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: 'acme' } })
    const started = performance.now()
    await growWorkspaces(db, tenant.id, args.workspaces)
    await growMembers(db, tenant.id, args.members)
    await growAudit(db, config.auditKey, tenant.id, args.audit)
    console.log(`Acme grown in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  },
})

async function growWorkspaces(db: Db, tenantId: string, target: number) {
  const existing = await db.workspace.count({ where: { tenantId } })
  await db.tenant.update({ where: { id: tenantId }, data: { workspaceLimit: Math.max(target, 100) } })
  const missing = target - existing
  if (missing <= 0) return
  await db.$executeRawUnsafe(
    `INSERT INTO "Workspace" (id, "tenantId", name, slug, description, color, "updatedAt")
     SELECT gen_random_uuid()::text, $1, 'Project ' || lpad(n::text, 3, '0'), 'project-' || lpad(n::text, 3, '0'),
            'A workspace grown for the benchmarks', 'teal', now()
     FROM generate_series($2::int, $3::int) AS n`,
    tenantId,
    existing + 1,
    target,
  )
  // The standard environments of lib/workspaces/provision.ts, each releasing to the next.
  const environments = DEFAULT_ENVIRONMENTS.map((environment, position) => ({ ...environment, position }))
  await db.$executeRawUnsafe(
    `INSERT INTO "Environment" (id, "tenantId", "workspaceId", name, slug, "isProtected", position)
     SELECT gen_random_uuid()::text, w."tenantId", w.id, e.name, e.slug, e."isProtected", e.position
     FROM "Workspace" w
     CROSS JOIN jsonb_to_recordset($2::jsonb) AS e(name text, slug text, "isProtected" boolean, position int)
     WHERE w."tenantId" = $1 AND NOT EXISTS (SELECT 1 FROM "Environment" x WHERE x."workspaceId" = w.id)`,
    tenantId,
    JSON.stringify(environments),
  )
  await db.$executeRawUnsafe(
    `UPDATE "Environment" e SET "releasesToId" = n.id
     FROM "Environment" n
     WHERE e."tenantId" = $1 AND e."releasesToId" IS NULL AND n."workspaceId" = e."workspaceId" AND n.position = e.position + 1`,
    tenantId,
  )
  console.log(`Workspaces: ${target} (${missing} added).`)
}

async function growMembers(db: Db, tenantId: string, target: number) {
  const existing = await db.user.count({ where: { email: { endsWith: '@scale.acme.test' } } })
  const home = await db.workspace.findFirstOrThrow({ where: { tenantId, isDefault: true } })
  const passwordHash = (await db.user.findUniqueOrThrow({ where: { email: 'admin@acme.test' } })).passwordHash
  for (let from = existing + 1; from <= target; from += 2000) {
    const to = Math.min(target, from + 1999)
    const people = Array.from({ length: to - from + 1 }, (_, i) => {
      const n = from + i
      return {
        email: `person${String(n).padStart(5, '0')}@scale.acme.test`,
        name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} ${n}`,
        passwordHash,
      }
    })
    await db.user.createMany({ data: people })
    const users = await db.user.findMany({ where: { email: { in: people.map((p) => p.email) } }, select: { id: true } })
    await db.tenantMembership.createMany({ data: users.map((u) => ({ tenantId, userId: u.id, role: 'tenant_member' as const })) })
    await db.workspaceMembership.createMany({
      data: users.map((u, i) => ({
        workspaceId: home.id,
        userId: u.id,
        role: i % 50 === 0 ? ('workspace_admin' as const) : ('workspace_member' as const),
      })),
    })
  }
  if (target > existing) console.log(`People: ${target} in ${home.name} (${target - existing} added).`)
}

/** Continues the tenant's chain exactly as appendAudit would, in batches, so `npm run audit:verify` still passes. */
async function growAudit(db: Db, auditKey: string, tenantId: string, target: number) {
  let head = await db.auditHead.findUnique({ where: { tenantId } })
  const added = target - (head?.seq ?? 0)
  if (added <= 0) return
  const workspaces = await db.workspace.findMany({ where: { tenantId }, select: { id: true } })
  const people = await db.tenantMembership.findMany({ where: { tenantId }, select: { userId: true }, take: 2000 })
  const first = Date.now() - 365 * 86_400_000
  const step = (365 * 86_400_000) / target
  while ((head?.seq ?? 0) < target) {
    const batch = []
    for (let i = 0; i < 2000 && (head?.seq ?? 0) < target; i++) {
      const seq = (head?.seq ?? 0) + 1
      const [action, targetType] = ACTIONS[seq % ACTIONS.length]!
      const workspaceId = workspaces[seq % workspaces.length]!.id
      const input = {
        tenantId,
        workspaceId,
        actorId: people[(seq * 7) % people.length]!.userId,
        action,
        targetType,
        targetId: targetType === 'workspace' ? workspaceId : people[(seq * 13) % people.length]!.userId,
        data: action === 'workspace.updated' ? { before: { name: `Name ${seq}` }, after: { name: `Name ${seq + 1}` } } : {},
        ip: '192.0.2.10',
        userAgent: 'bench',
      }
      const link = nextLink(auditKey, head, input, new Date(first + seq * step))
      batch.push(link.entry)
      head = { ...link.head, tenantId, updatedAt: new Date() }
    }
    const { seq, hash, sessionEntries } = head!
    await db.$transaction([
      db.auditEvent.createMany({ data: batch }),
      db.auditHead.upsert({ where: { tenantId }, create: { tenantId, seq, hash, sessionEntries }, update: { seq, hash, sessionEntries } }),
    ])
  }
  console.log(`Audit entries: ${target} (${added} added).`)
}
