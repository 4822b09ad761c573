import { describe, expect } from 'vitest'
import { test } from '@/test/fixtures'
import { tenantUsersPage, tenantUsersQuery } from '@/lib/tenant-users/queries'
import { tenantWorkspacesPage, workspacesQuery } from '@/lib/workspaces/queries'
import { membersQuery } from '@/lib/members/queries'

describe('list queries from the URL (lib/listing)', () => {
  test('fall back to the defaults on anything malformed instead of failing the page', () => {
    expect(membersQuery.parse({ q: ' mia ', sort: 'password', dir: 'sideways', page: '-3', size: '7' })).toEqual({
      q: 'mia',
      sort: 'name',
      dir: 'asc',
      page: 1,
      size: 25,
    })
    expect(workspacesQuery.parse({ status: 'deleted', sort: 'members', dir: 'desc', page: '2', size: '10' })).toEqual({
      q: '',
      sort: 'members',
      dir: 'desc',
      page: 2,
      size: 10,
      status: 'active',
    })
  })

  test("the tenant's people: searched, sorted and paged in the database, never another tenant's", async ({ t, f }) => {
    const acme = f.tenant('acme').id
    const everyone = await t.db.tenantMembership.findMany({ where: { tenantId: acme }, include: { user: true } })
    const byEmailDesc = everyone.map((m) => m.user.email).sort((a, b) => b.localeCompare(a))

    const first = await tenantUsersPage(t.db, acme, tenantUsersQuery.parse({ sort: 'email', dir: 'desc', size: '10' }))
    expect(first.total).toBe(everyone.length)
    expect(first.rows.map((row) => row.email)).toEqual(byEmailDesc.slice(0, 10))

    const paged = await tenantUsersPage(t.db, acme, { q: '', sort: 'email', dir: 'desc', page: 2, size: 2 })
    expect(paged.rows.map((row) => row.email)).toEqual(byEmailDesc.slice(2, 4))
    expect(paged.pages).toBe(Math.ceil(everyone.length / 2))

    const searched = await tenantUsersPage(t.db, acme, tenantUsersQuery.parse({ q: 'VIC VIEW' }))
    expect(searched.rows.map((row) => row.email)).toEqual(['viewer@acme.test'])
    const foreign = await tenantUsersPage(t.db, acme, tenantUsersQuery.parse({ q: 'globex' }))
    expect(foreign.total).toBe(0)
  })

  test("the tenant's workspaces: active by default, archived on request, sorted by members, searched by slug", async ({ t, f }) => {
    const acme = f.tenant('acme').id
    const marketing = f.workspace('acme/marketing')
    await t.db.workspace.update({ where: { id: marketing.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } })
    try {
      const active = await tenantWorkspacesPage(t.db, acme, workspacesQuery.parse({}))
      expect(active.rows.map((row) => row.slug)).not.toContain('marketing')
      expect(active.rows.every((row) => row.status === 'ACTIVE')).toBe(true)

      const archived = await tenantWorkspacesPage(t.db, acme, workspacesQuery.parse({ status: 'archived' }))
      expect(archived.rows.map((row) => row.slug)).toEqual(['marketing'])

      const all = await tenantWorkspacesPage(t.db, acme, workspacesQuery.parse({ status: 'all', sort: 'members', dir: 'desc' }))
      const counts = all.rows.map((row) => row.memberCount)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
      expect(all.total).toBe(await t.db.workspace.count({ where: { tenantId: acme } }))

      const bySlug = await tenantWorkspacesPage(t.db, acme, workspacesQuery.parse({ status: 'all', q: 'client-' }))
      expect(bySlug.rows.map((row) => row.slug)).toEqual(['client-a'])
    } finally {
      await t.db.workspace.update({ where: { id: marketing.id }, data: { status: 'ACTIVE', archivedAt: null } })
    }
  })
})
