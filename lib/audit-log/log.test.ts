import { describe, expect } from 'vitest'
import { sessionLockedOut, sessionSignedOut } from '@/lib/auth/audit-events'
import { recordAccountEvent } from '@/lib/auth/session-audit'
import { loadActor } from '@/lib/context/resolve'
import { tenantWorkspaceLimitChanged } from '@/lib/tenants/audit-events'
import { updateWorkspaceSettings } from '@/lib/workspaces/actions/update-workspace-settings'
import { TEST_AUDIT_KEY, test as seededTest } from '@/test/fixtures'
import { csvField, exportStream } from './export'
import { auditWhere, parseAuditFilters } from './filters'
import { AUDIT_PAGE_SIZE, auditEntries, auditPage } from './queries'
import { auditScopeOf } from './scope'
import { verifyChain } from '@/lib/audit/chain'
import { recordAuditEvent } from '@/lib/audit/record'

/** The audit scope of an Acme person, as the log's pages ask for it. */
const test = seededTest.extend(
  'scopeOf',
  ({ t, f }) =>
    async (email: string) =>
      auditScopeOf(t.db, (await loadActor(t.db, f.user(email).id, f.tenant('acme').id))!),
)

// One workspace change, by its workspace admin, for the cases to find.
test.beforeAll(async ({ f }) => {
  const env = await f.envOf('wsadmin@acme.test')
  await updateWorkspaceSettings.execute(env, {
    workspaceId: f.workspace('acme/marketing').id,
    name: 'Marketing, "EU"',
    description: f.workspace('acme/marketing').description,
    color: 'pink',
  })
})
const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text()

describe('who reads what', () => {
  test('gives tenant admins and auditors the whole tenant, a workspace admin their workspace, others nothing', async ({ f, scopeOf }) => {
    expect(await scopeOf('admin@acme.test')).toEqual({ tenantId: f.tenant('acme').id, workspaceIds: 'all' })
    expect(await scopeOf('auditor@acme.test')).toEqual({ tenantId: f.tenant('acme').id, workspaceIds: 'all' })
    expect(await scopeOf('wsadmin@acme.test')).toEqual({ tenantId: f.tenant('acme').id, workspaceIds: [f.workspace('acme/marketing').id] })
    expect(await scopeOf('member@acme.test')).toBeNull()
    expect(await scopeOf('viewer@acme.test')).toBeNull()
  })

  test('keeps a workspace admin inside their workspace even when the filter names another', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('wsadmin@acme.test'))!
    const own = await auditPage(t.db, scope, parseAuditFilters({}))
    expect(own.rows.length).toBeGreaterThan(0)
    expect(new Set(own.rows.map((r) => r.workspaceName))).toEqual(new Set(['Marketing, "EU"']))
    const other = await auditPage(t.db, scope, parseAuditFilters({ workspace: f.workspace('acme/production').id }))
    expect(other.total).toBe(0)
  })
})

describe('filters', () => {
  test('by workspace, actor, action and whole UTC days', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const byAction = await auditPage(t.db, scope, parseAuditFilters({ action: 'workspace.updated' }))
    expect(byAction.rows.map((r) => r.description)).toEqual(['renamed workspace Marketing to Marketing, "EU"'])
    const byActor = await auditPage(t.db, scope, parseAuditFilters({ actor: f.user('wsadmin@acme.test').id }))
    expect(byActor.total).toBe(1)
    const today = new Date().toISOString().slice(0, 10)
    expect((await auditPage(t.db, scope, parseAuditFilters({ from: today, to: today }))).total).toBeGreaterThan(1)
    expect((await auditPage(t.db, scope, parseAuditFilters({ to: '2000-01-01' }))).total).toBe(0)
    expect(parseAuditFilters({ from: 'yesterday', page: '-3' })).toEqual({ page: 1 })
  })

  test('by actor as typed: any part of a name or an address', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const byId = await auditPage(t.db, scope, parseAuditFilters({ actor: f.user('wsadmin@acme.test').id }))
    expect(byId.rows.length).toBeGreaterThan(0)
    const wsadmin = f.user('wsadmin@acme.test')
    for (const typed of [wsadmin.name.split(' ')[0]!.toLowerCase(), 'WSADMIN@acme']) {
      const found = await auditPage(t.db, scope, parseAuditFilters({ actor: typed }))
      expect(found.rows.map((r) => r.id)).toEqual(byId.rows.map((r) => r.id))
    }
    expect((await auditPage(t.db, scope, parseAuditFilters({ actor: 'nobody-by-this-name' }))).total).toBe(0)
  })

  test('counts from the head row what the head knows, and the same as counting', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    await recordAccountEvent(
      t.db,
      TEST_AUDIT_KEY,
      sessionSignedOut,
      f.user('member@acme.test').id,
      { ip: null, userAgent: null },
      { data: {} },
    )
    for (const category of [undefined, 'everything', 'sessions'] as const) {
      const filters = parseAuditFilters(category ? { category } : {})
      const counted = await t.db.auditEvent.count({ where: await auditWhere(t.db, scope, filters) })
      expect((await auditPage(t.db, scope, filters)).total).toBe(counted)
    }
  })

  test('pages by cursor: every entry once, in order, filters kept, back and forth', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const everything = { category: 'everything' }
    const all = await t.db.auditEvent.findMany({ where: { tenantId: scope.tenantId }, orderBy: { seq: 'desc' }, select: { seq: true } })
    // Enough entries for three pages.
    const member = f.user('member@acme.test').id
    for (let i = all.length; i < AUDIT_PAGE_SIZE * 2 + 5; i++) {
      await recordAccountEvent(t.db, TEST_AUDIT_KEY, sessionSignedOut, member, { ip: null, userAgent: null }, { data: {} })
    }
    const expected = (await t.db.auditEvent.findMany({ where: { tenantId: scope.tenantId }, orderBy: { seq: 'desc' } })).map((e) => e.seq)
    const seen: number[] = []
    let page = await auditPage(t.db, scope, parseAuditFilters(everything))
    const visited = [page]
    for (;;) {
      seen.push(...page.rows.map((r) => r.seq))
      if (!page.links.older) break
      page = await auditPage(t.db, scope, parseAuditFilters({ ...everything, ...stringsOf(page.links.older) }))
      visited.push(page)
    }
    expect(seen).toEqual(expected)
    expect(visited.map((p) => p.number)).toEqual(visited.map((_, i) => i + 1))
    // Back from the last page to the newest, by the "newer" links.
    const back = await auditPage(t.db, scope, parseAuditFilters({ ...everything, ...stringsOf(page.links.newer!) }))
    expect(back.rows.map((r) => r.seq)).toEqual(visited.at(-2)!.rows.map((r) => r.seq))
    // A bare page number (an old link) shows the same page.
    expect((await auditPage(t.db, scope, parseAuditFilters({ ...everything, page: '2' }))).rows).toEqual(visited[1]!.rows)
  })

  test('by category in words; sign-ins and switches only when asked for', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const member = f.user('member@acme.test')
    await recordAccountEvent(t.db, TEST_AUDIT_KEY, sessionSignedOut, member.id, { ip: null, userAgent: null }, { data: {} })
    const actions = async (filters: Record<string, string>) =>
      new Set((await auditPage(t.db, scope, parseAuditFilters({ ...filters, actor: member.id }))).rows.map((r) => r.action))

    expect(await actions({})).not.toContain('session.signedOut')
    expect(await actions({ category: 'sessions' })).toEqual(new Set(['session.signedOut']))
    expect(await actions({ category: 'everything' })).toContain('session.signedOut')
    expect(await actions({ action: 'session.signedOut' })).toEqual(new Set(['session.signedOut']))
    const workspaces = await auditPage(t.db, scope, parseAuditFilters({ category: 'workspaces' }))
    expect(workspaces.rows.length).toBeGreaterThan(0)
    expect(workspaces.rows.every((r) => r.action.startsWith('workspace.') && r.action !== 'workspace.switched')).toBe(true)
    expect(parseAuditFilters({ category: 'passwords' })).toEqual({ page: 1 })
  })

  test('names targets and links them for those who may open them', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const marketing = f.workspace('acme/marketing')
    const [renamed] = (await auditPage(t.db, scope, parseAuditFilters({ action: 'workspace.updated' }), { readable: { people: true } }))
      .rows
    expect(renamed!.target).toEqual({ label: 'Marketing, "EU"', href: `/workspaces/${marketing.id}` })
    const added = (await auditPage(t.db, scope, parseAuditFilters({ action: 'member.added' }), { readable: { people: true } })).rows
    const mia = added.find((r) => r.targetId === f.user('member@acme.test').id)!
    expect(mia.target).toEqual({ label: 'Mia Member', href: `/settings/users/${f.user('member@acme.test').id}` })
    const unlinked = (await auditPage(t.db, scope, parseAuditFilters({ action: 'member.added' }))).rows
    expect(unlinked.find((r) => r.targetId === mia.targetId)!.target).toEqual({ label: 'Mia Member', href: null })
  })

  test('names content by its name, with a link to its page', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const production = f.workspace('acme/production')
    const rows = async (action: string, credential = true) =>
      (await auditPage(t.db, scope, parseAuditFilters({ action }), { readable: { credential } })).rows
    const created = (await rows('resource.created')).find((r) => r.description.includes('Support triage'))!
    expect(created.target).toEqual({
      label: 'Agent Support triage',
      href: `/workspaces/${production.id}/environments/development/resources/agent/support-triage`,
    })
    const applied = await rows('release.applied')
    expect(applied.length).toBeGreaterThan(0)
    for (const row of applied) {
      expect(row.target.label).toMatch(/^Release /)
      expect(row.target.href).toMatch(
        new RegExp(`^/workspaces/${production.id}/environments/(staging|production)/releases/${row.targetId}$`),
      )
    }
    const [credential] = await rows('credential.added')
    expect(credential!.target).toEqual({ label: 'Credential OpenAI (demo)', href: '/settings/providers' })
    // Someone who may not read the credentials page reads neither its name nor a link.
    expect((await rows('credential.added', false))[0]!.target).toEqual({
      label: expect.stringMatching(/^credential [0-9a-f]{8}…$/),
      href: null,
    })
  })
})

describe('export', () => {
  test('streams CSV with a header, quoting and formula defusing', async ({ t, scopeOf }) => {
    const scope = (await scopeOf('auditor@acme.test'))!
    const csv = await text(exportStream(auditEntries(t.db, scope, parseAuditFilters({ action: 'workspace.updated' }), 2), 'csv'))
    const [header, row, end] = csv.split('\r\n')
    expect(header).toBe('seq,time,actor,actor_email,action,description,target_type,target_id,workspace,ip,user_agent,data,hash')
    expect(row).toContain('Walt Workspace,wsadmin@acme.test,workspace.updated,"renamed workspace Marketing to Marketing, ""EU"""')
    expect(end).toBe('')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
  })

  test('streams every matching entry as JSON Lines, in seq order, across pages', async ({ t, f, scopeOf }) => {
    const scope = (await scopeOf('admin@acme.test'))!
    const everything = parseAuditFilters({ category: 'everything' })
    const lines = (await text(exportStream(auditEntries(t.db, scope, everything, 3), 'jsonl'))).trim().split('\n')
    const seqs = lines.map((line) => JSON.parse(line).seq as number)
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1))
    expect(seqs.length).toBe(await t.db.auditEvent.count({ where: { tenantId: f.tenant('acme').id } }))
  })
})

describe('session events', () => {
  test("are appended to the user's tenant chain with address and user agent", async ({ t, f }) => {
    const meta = { ip: '203.0.113.9', userAgent: 'Firefox' }
    // Vic, not Mia: the category case above expects Mia's session entries to be sign-outs only.
    await recordAccountEvent(t.db, TEST_AUDIT_KEY, sessionLockedOut, f.user('viewer@acme.test').id, meta, {
      data: { seconds: 30, after: 'signIn.failed' },
    })
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { tenantId: f.tenant('acme').id }, orderBy: { seq: 'desc' } })
    expect(event).toMatchObject({
      action: 'session.lockedOut',
      actorId: f.user('viewer@acme.test').id,
      ip: '203.0.113.9',
      userAgent: 'Firefox',
      data: { seconds: 30 },
    })
    expect(await verifyChain(t.db, TEST_AUDIT_KEY, f.tenant('acme').id)).toMatchObject({ ok: true, verifiedSeq: event.seq })
  })
})

describe('recordAuditEvent', () => {
  test('commits the change with its entry, or neither', async ({ t, f }) => {
    const tenantId = f.tenant('globex').id
    const entry = { tenantId, actorId: null, targetId: tenantId, data: { from: 100, to: 150, by: 'platform operator' } }
    const before = await t.db.auditEvent.count({ where: { tenantId } })
    await expect(
      recordAuditEvent(t.db, TEST_AUDIT_KEY, tenantWorkspaceLimitChanged, entry, async (tx) => {
        await tx.tenant.update({ where: { id: tenantId }, data: { workspaceLimit: 150 } })
        throw new Error('the change failed half-way')
      }),
    ).rejects.toThrow('half-way')
    expect((await t.db.tenant.findUniqueOrThrow({ where: { id: tenantId } })).workspaceLimit).toBe(100)
    expect(await t.db.auditEvent.count({ where: { tenantId } })).toBe(before)

    await recordAuditEvent(t.db, TEST_AUDIT_KEY, tenantWorkspaceLimitChanged, entry, (tx) =>
      tx.tenant.update({ where: { id: tenantId }, data: { workspaceLimit: 150 } }),
    )
    expect((await t.db.tenant.findUniqueOrThrow({ where: { id: tenantId } })).workspaceLimit).toBe(150)
    expect(await t.db.auditEvent.count({ where: { tenantId } })).toBe(before + 1)
  })
})

function stringsOf(link: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(link).map(([key, value]) => [key, String(value)]))
}
