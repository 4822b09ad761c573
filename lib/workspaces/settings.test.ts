import { describe, expect, inject } from 'vitest'
import { verifyChain } from '@/lib/audit/chain'
import { TEST_AUDIT_KEY, databaseSnapshot, test } from '@/test/fixtures'
import { updateWorkspaceSettings as update } from './actions/update-workspace-settings'

// Every case starts from the seeded workspaces: names, descriptions and colours, none archived.
test.beforeEach(async ({ f }) => {
  await f.resetWorkspaceSettings()
  await f.resetWorkspaceLifecycle()
})

describe('workspace settings', () => {
  test('renames a workspace, keeps its slug, and records before/after in the audit chain', async ({ t, f }) => {
    const marketing = f.workspace('acme/marketing')
    const env = await f.envOf('wsadmin@acme.test')
    const result = await update.execute(env, {
      workspaceId: marketing.id,
      expectedWorkspaceId: marketing.id,
      name: '  Brand & Marketing  ',
      description: 'Campaigns',
      color: 'violet',
    })
    expect(result).toEqual({ ok: true, data: { id: marketing.id, name: 'Brand & Marketing', changed: ['name', 'description', 'color'] } })
    const saved = await t.db.workspace.findUniqueOrThrow({ where: { id: marketing.id } })
    expect(saved).toMatchObject({ name: 'Brand & Marketing', slug: 'marketing', description: 'Campaigns', color: 'violet' })

    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: marketing.tenantId }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'workspace.updated',
      workspaceId: marketing.id,
      actorId: f.user('wsadmin@acme.test').id,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      data: {
        slug: 'marketing',
        before: { name: 'Marketing', description: marketing.description, color: 'pink' },
        after: { name: 'Brand & Marketing', description: 'Campaigns', color: 'violet' },
      },
    })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, marketing.tenantId)).toMatchObject({ ok: true, verifiedSeq: event.seq })
  })

  test('records nothing when nothing changed', async ({ t, f }) => {
    const clientA = f.workspace('acme/client-a')
    const env = await f.envOf('admin@acme.test')
    const before = await databaseSnapshot(t.db)
    const result = await update.execute(env, {
      workspaceId: clientA.id,
      name: clientA.name,
      description: clientA.description,
      color: clientA.color,
    })
    expect(result).toMatchObject({ ok: true, data: { changed: [] } })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test.for([
    ['a blank name', { name: '   ' }, 'name', 'Enter a name.'],
    ['a 65-character name', { name: 'x'.repeat(65) }, 'name', 'Use at most 64 characters.'],
    ['a 501-character description', { description: 'd'.repeat(501) }, 'description', 'Use at most 500 characters.'],
    ['a colour outside the palette', { color: 'chartreuse' }, 'color', 'Choose a colour from the palette.'],
  ] as const)('refuses %s with a message beside the field, changing nothing', async ([, override, field, message], { t, f }) => {
    const production = f.workspace('acme/production')
    const env = await f.envOf('admin@acme.test')
    const before = await databaseSnapshot(t.db)
    const result = await update.execute(env, { workspaceId: production.id, name: 'Valid', description: '', color: 'indigo', ...override })
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { [field]: [message] } })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  test('refuses to edit an archived workspace', async ({ t, f }) => {
    const staging = f.workspace('acme/staging')
    await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [staging.id])
    const env = await f.envOf('admin@acme.test')
    const result = await update.execute(env, { workspaceId: staging.id, name: 'Edited', description: '', color: 'amber' })
    expect(result).toMatchObject({ ok: false, code: 'WORKSPACE_ARCHIVED' })
    await t.sql(`UPDATE "Workspace" SET status = 'ACTIVE', "archivedAt" = NULL WHERE id = $1`, [staging.id])
  })

  test.runIf(inject('databaseKind') === 'postgres')(
    'keeps one unbroken audit chain under 50 concurrent actions (the tenant lock serialises them)',
    async ({ t, f }) => {
      const env = await f.envOf('admin@acme.test')
      const acme = f.tenant('acme').id
      const headBefore = await t.db.auditHead.findUniqueOrThrow({ where: { tenantId: acme } })
      const targets = ['acme/production', 'acme/staging', 'acme/marketing', 'acme/client-a'].map((key) => f.workspace(key).id)
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          update.execute(env, {
            workspaceId: targets[i % targets.length]!,
            name: `Concurrent ${i}`,
            description: `Edit ${i}`,
            color: 'sky',
          }),
        ),
      )
      expect(results.filter((r) => !r.ok)).toEqual([])
      const verification = await verifyChain(t.db, TEST_AUDIT_KEY, acme)
      expect(verification).toMatchObject({ ok: true, verifiedSeq: headBefore.seq + 50 })
    },
  )
})
