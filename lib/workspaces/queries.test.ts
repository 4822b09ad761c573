import { expect } from 'vitest'
import { test } from '@/test/fixtures'
import { workspaceMembersSummary } from './queries'

test('a workspace’s members summary counts everyone and names the first few, admins first', async ({ t, f }) => {
  for (const key of ['acme/marketing', 'acme/production', 'globex/research']) {
    const workspace = f.workspace(key)
    const everyone = await t.db.workspaceMembership.findMany({
      where: { workspaceId: workspace.id },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      include: { user: true },
    })
    const summary = await workspaceMembersSummary(t.db, workspace.id, 2)
    expect(summary.count, key).toBe(everyone.length)
    expect(summary.members, key).toEqual(
      everyone.slice(0, 2).map((m) => ({ id: m.id, name: m.user.name, email: m.user.email, role: m.role })),
    )
  }
  const empty = await t.db.workspace.create({ data: { tenantId: f.tenant('acme').id, name: 'Nobody here', slug: 'nobody-here' } })
  expect(await workspaceMembersSummary(t.db, empty.id)).toEqual({ count: 0, members: [] })
})
