import { describe, expect, inject } from 'vitest'
import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { verifyWholeChain } from '@/lib/audit/chain'
import { connectPostgres } from '@/lib/db/adapter'
import { openDatabase } from '@/lib/db/client'
import { healthResponse } from '@/lib/db/health'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { workspaceUpdated } from '@/lib/workspaces/audit-events'
import { TEST_AUDIT_KEY, test } from '@/test/fixtures'
import { TEST_CONNECTION } from '@/test/database'
import { databaseUrl } from '@/test/postgres'
import { startTcpProxy } from '@/test/tcp-proxy'

/**
 * The database falls over under the app (docs/architecture.md §5): a server that goes away in
 * the middle of a stream of actions and comes back, and a connection killed in the middle of
 * a transaction. Every action either completed with its audit entry or changed nothing, the
 * app says the database is unavailable (never a stack trace), recovers by itself, and the
 * chain verifies. PostgreSQL only: PGlite runs inside the process and cannot fall over.
 */
describe.runIf(inject('databaseKind') === 'postgres')('when the database falls over (PostgreSQL)', () => {
  /** The app's database reached through a proxy that the test can cut. */
  async function behindProxy(t: { sql: (query: string) => Promise<unknown[]> }) {
    const [{ name }] = (await t.sql('SELECT current_database() AS name')) as [{ name: string }]
    const direct = new URL(databaseUrl(inject('migratedSnapshot'), name))
    const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
    direct.host = `127.0.0.1:${proxy.port}`
    const { db, close } = openDatabase(connectPostgres(direct.toString(), TEST_CONNECTION))
    return { db, proxy, close: async () => (await close(), await proxy.close()) }
  }

  test('a server gone in the middle of a stream of actions: each one whole or not at all, then it recovers', async ({ t, f }) => {
    const { db, proxy, close } = await behindProxy(t)
    const workspace = f.workspace('acme/marketing')
    // Everything the action does goes through the proxy, finding its caller included.
    const admin = await f.envOf('admin@acme.test', undefined, db)
    const step = (n: number) =>
      updateWorkspaceSettings.execute(admin, { workspaceId: workspace.id, name: workspace.name, description: `step ${n}`, color: 'amber' })
    const outcomes: { n: number; code: string }[] = []
    try {
      for (let n = 1; n <= 30; n++) {
        if (n === 11) await proxy.cut()
        if (n === 21) await proxy.restore()
        // Step 25 loses the server while it runs.
        const running = step(n)
        if (n === 25) setTimeout(() => void proxy.cut().then(() => proxy.restore()), 2)
        const result = await running
        outcomes.push({ n, code: result.ok ? 'ok' : result.code })
        if (n > 10 && n <= 20) expect((await healthResponse(db)).status).toBe(503)
      }
      expect((await healthResponse(db)).status).toBe(200)
    } finally {
      await close()
    }
    // Only two answers: done, or "the database is unavailable" (never a fault with a reference).
    expect(new Set(outcomes.map((o) => o.code))).toEqual(new Set(['ok', 'DATABASE_UNAVAILABLE']))
    expect(outcomes.filter((o) => o.n > 10 && o.n <= 20).every((o) => o.code === 'DATABASE_UNAVAILABLE')).toBe(true)
    expect(outcomes.filter((o) => o.n > 25).every((o) => o.code === 'ok')).toBe(true)

    // What the chain says happened is what happened: every change that answered ok has its
    // entry, the workspace holds the last recorded change, and the chain verifies.
    const entries = await t.db.auditEvent.findMany({
      where: { tenantId: workspace.tenantId, action: workspaceUpdated.name, targetId: workspace.id },
      orderBy: { seq: 'asc' },
    })
    const recorded = entries.map((entry) => Number(/step (\d+)/.exec(JSON.stringify(entry.data))![1]))
    for (const { n } of outcomes.filter((o) => o.code === 'ok')) expect(recorded).toContain(n)
    const stored = await t.db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })
    expect(stored.description).toBe(`step ${Math.max(...recorded)}`)
    expect(await verifyWholeChain(t.db, TEST_AUDIT_KEY, workspace.tenantId)).toMatchObject({ ok: true })
  })

  test('a connection killed in the middle of a transaction changes nothing, and the next action goes through', async ({ t, f }) => {
    const workspace = f.workspace('acme/client-a')
    const admin = await f.envOf('admin@acme.test')
    const killedHalfway = defineAction({
      name: 'test.killedHalfway',
      input: z.object({ workspaceId: z.string() }),
      permission: 'workspace.update',
      workspaceId: (input) => input.workspaceId,
      async run(tx, scope) {
        await tx.workspace.update({ where: { id: scope.input.workspaceId }, data: { description: 'half done' } })
        scope.audit(workspaceUpdated, {
          targetId: scope.input.workspaceId,
          workspaceId: scope.input.workspaceId,
          data: { slug: 'x', before: {}, after: { description: 'half done' } },
        })
        const [backend] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`
        await t.sql('SELECT pg_terminate_backend($1)', [backend!.pid])
        await tx.$queryRaw`SELECT 1`
      },
    })
    const before = await t.db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })
    const entriesBefore = await t.db.auditEvent.count({ where: { tenantId: workspace.tenantId } })
    expect(await killedHalfway.execute(admin, { workspaceId: workspace.id })).toEqual({
      ok: false,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is unavailable right now. Try again in a moment.',
    })
    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).toEqual(before)
    expect(await t.db.auditEvent.count({ where: { tenantId: workspace.tenantId } })).toBe(entriesBefore)
    const next = await updateWorkspaceSettings.execute(admin, {
      workspaceId: workspace.id,
      name: workspace.name,
      description: 'after the fall',
      color: 'green',
    })
    expect(next).toMatchObject({ ok: true })
    expect(await verifyWholeChain(t.db, TEST_AUDIT_KEY, workspace.tenantId)).toMatchObject({ ok: true })
  })
})
