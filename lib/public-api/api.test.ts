import { describe, expect, inject } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { API_REQUESTS_PER_MINUTE } from '@/lib/api-keys/authenticate'
import { createApiKey } from '@/lib/api-keys/actions/create-api-key'
import { revokeApiKey } from '@/lib/api-keys/actions/revoke-api-key'
import { rotateApiKey } from '@/lib/api-keys/actions/rotate-api-key'
import { issueApiKey } from '@/lib/api-keys/keys'
import { newApiKey } from '@/lib/api-keys/token'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import type { Db } from '@/lib/db/client'
import type { TestDatabase } from '@/test/database'
import { TEST_AUDIT_KEY, TEST_SETTINGS, test as seededTest, type Fixtures } from '@/test/fixtures'
import * as api from './handlers'
import { serveApi, type ApiHandler } from './route'

/** Ada (tenant admin) and Rob (workspace admin of Production), signed in; `call` asks the API. */
const test = seededTest
  .extend('ada', ({ f }) => f.envOf('admin@acme.test'))
  .extend('rob', ({ f }) => f.envOf('rob@acme.test'))
  .extend('call', ({ t }) => apiCaller(t.db))

// Each test starts from the seeded people (one changes Rob's role) and no rate windows.
test.beforeEach(async ({ t, f }) => {
  await f.resetPeople()
  await t.sql(`DELETE FROM "ApiRateWindow"`)
})

const production = (f: Fixtures) => f.workspace('acme/production')
type Scope = 'read' | 'write' | 'propose'

async function createKey(by: ActionEnvironment, fields: { workspaceId?: string; scopes?: Scope[]; name?: string } = {}) {
  const result = await createApiKey.execute(by, {
    name: fields.name ?? 'CI',
    workspaceId: fields.workspaceId ?? '',
    scopes: fields.scopes ?? ['read'],
    expiresIn: '30',
  })
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data
}

/** One request through the same path as the route handlers, against the test database. */
const apiCaller =
  (db: Db) =>
  async <P>(
    handler: ApiHandler<P>,
    key: string | null,
    path: P,
    init: { method?: string; url?: string; body?: unknown; authorization?: string } = {},
  ) => {
    const headers = new Headers({ 'content-type': 'application/json' })
    const authorization = init.authorization ?? (key ? `Bearer ${key}` : null)
    if (authorization) headers.set('authorization', authorization)
    const request = new Request(init.url ?? 'http://atrium.test/api/v1/x', {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const response = await serveApi({ db, auditKey: TEST_AUDIT_KEY, settings: TEST_SETTINGS }, request, handler, path)
    // The answers are arbitrary JSON, read field by field by the assertions.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> }
  }

const agent = (name: string) => ({
  name,
  description: '',
  instructions: 'Answer briefly.',
  model: 'openai/gpt-4.1',
  tools: [],
  trigger: 'manual',
  schedule: null,
  enabled: true,
})
const inProduction = (environment: string) => ({ workspace: 'production', environment })
const resourceIn = (environment: string, key: string) => ({ ...inProduction(environment), key })

describe('API keys', () => {
  test('are shown once: only their hash and start are stored', async ({ t, ada }) => {
    const { id, key } = await createKey(ada)
    expect(key).toMatch(/^atr_/)
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id } })
    expect(JSON.stringify(row)).not.toContain(key)
    expect(row.start).toBe(key.slice(0, 12))
    expect(
      describeAuditEvent(await t.db.auditEvent.findFirstOrThrow({ where: { action: 'apiKey.created' }, orderBy: { seq: 'desc' } })),
    ).toBe(`created API key CI (${row.start}…) for every workspace, scopes read`)
  })

  test('answer 401 alike when missing, malformed, mistyped, unknown, revoked or expired', async ({ t, ada, call }) => {
    const { id, key } = await createKey(ada)
    const expired = await createKey(ada, { name: 'Expired' })
    await t.sql(`UPDATE "ApiKey" SET "createdAt" = now() - interval '40 days', "expiresAt" = now() - interval '1 second' WHERE id = $1`, [
      expired.id,
    ])
    const mistyped = key.slice(0, -3) + (key.at(-3) === 'a' ? 'b' : 'a') + key.slice(-2)
    expect(await revokeApiKey.execute(ada, { apiKeyId: id, workspaceId: '' })).toMatchObject({ ok: true })
    const answers = await Promise.all(
      [null, 'Basic abc', `Bearer ${mistyped}`, `Bearer ${newApiKey()}`, `Bearer ${key}`, `Bearer ${expired.key}`].map((authorization) =>
        call(api.listWorkspaces, null, {}, authorization ? { authorization } : {}),
      ),
    )
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual(answers[0]!.body)
    }
    expect(answers[0]!.body.error.code).toBe('unauthorized')
  })

  test('a key bound to one workspace sees only it, in lists too; another workspace is 404', async ({ f, ada, call }) => {
    const tenantWide = await createKey(ada)
    const all = await call(api.listWorkspaces, tenantWide.key, {})
    expect(all.body.workspaces.map((w: { slug: string }) => w.slug)).toContain('marketing')
    const bound = await createKey(ada, { workspaceId: production(f).id })
    expect((await call(api.listWorkspaces, bound.key, {})).body).toEqual({ workspaces: [expect.objectContaining({ slug: 'production' })] })
    expect((await call(api.listEnvironments, bound.key, { workspace: 'marketing' })).status).toBe(404)
    expect(
      (await call(api.listEnvironments, bound.key, { workspace: 'production' })).body.environments.map((e: { slug: string }) => e.slug),
    ).toEqual(['development', 'staging', 'production'])
    // Globex's workspace: unknown to an Acme key, like one that does not exist.
    expect((await call(api.listEnvironments, tenantWide.key, { workspace: 'operations' })).status).toBe(404)
  })

  test('writes through the same action and audit chain, never into a protected environment, never beyond its scope', async ({
    t,
    f,
    rob,
    call,
  }) => {
    const writer = await createKey(rob, { workspaceId: production(f).id, scopes: ['read', 'write'], name: 'Deploy bot' })
    const created = await call(api.putResource, writer.key, resourceIn('development', 'api-agent'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('API agent') },
    })
    expect(created).toMatchObject({ status: 201, body: { resource: { kind: 'agent', key: 'api-agent', revision: 1 } } })
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'resource.created' }, orderBy: { seq: 'desc' } })
    expect(entry.actorId).toBe(f.user('rob@acme.test').id)
    expect(describeAuditEvent(entry)).toMatch(/^created agent API agent in development \(through API key Deploy bot, atr_\w{8}…\)$/)

    const stale = await call(api.putResource, writer.key, resourceIn('development', 'api-agent'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('Renamed'), baseRevision: 0 },
    })
    expect(stale.status).toBe(422)
    const updated = await call(api.putResource, writer.key, resourceIn('development', 'api-agent'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('Renamed'), baseRevision: 1 },
    })
    expect(updated).toMatchObject({ status: 200, body: { resource: { revision: 2, spec: { name: 'Renamed' } } } })
    expect(
      (
        await call(api.putResource, writer.key, resourceIn('development', 'api-agent'), {
          method: 'PUT',
          body: { kind: 'agent', spec: agent('Late'), baseRevision: 1 },
        })
      ).status,
    ).toBe(409)

    const protectedWrite = await call(api.putResource, writer.key, resourceIn('production', 'api-agent'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('Sneaky') },
    })
    expect(protectedWrite).toMatchObject({ status: 409, body: { error: { code: 'environment_protected' } } })
    expect(await t.db.resource.count({ where: { key: 'api-agent', environment: { slug: 'production' } } })).toBe(0)

    // Writing implies reading what is written to: a write-only key needs no read scope.
    const writeOnly = await createKey(rob, { workspaceId: production(f).id, scopes: ['write'] })
    expect(
      (
        await call(api.putResource, writeOnly.key, resourceIn('development', 'write-only'), {
          method: 'PUT',
          body: { kind: 'agent', spec: agent('W') },
        })
      ).status,
    ).toBe(201)
    const reader = await createKey(rob, { workspaceId: production(f).id, scopes: ['read'] })
    // The refusal names what the key lacks.
    expect(
      await call(api.putResource, reader.key, resourceIn('development', 'api-agent'), {
        method: 'PUT',
        body: { kind: 'agent', spec: agent('Nope') },
      }),
    ).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden', message: 'This key has the read scope; this needs the write scope.' } },
    })
    expect((await call(api.getResource, reader.key, resourceIn('development', 'api-agent'))).body.resource.spec.name).toBe('Renamed')
  })

  test('never does more than its creator can do now: demoted, it cannot write; disabled, it is refused', async ({ t, f, rob, call }) => {
    const writer = await createKey(rob, { workspaceId: production(f).id, scopes: ['read', 'write'] })
    await t.sql(`UPDATE "WorkspaceMembership" SET role = 'workspace_viewer' WHERE "userId" = $1 AND "workspaceId" = $2`, [
      f.user('rob@acme.test').id,
      production(f).id,
    ])
    expect(
      (
        await call(api.putResource, writer.key, resourceIn('development', 'demoted'), {
          method: 'PUT',
          body: { kind: 'agent', spec: agent('X') },
        })
      ).status,
    ).toBe(403)
    expect((await call(api.listWorkspaces, writer.key, {})).status).toBe(200)
    await t.sql(`UPDATE "TenantMembership" SET status = 'DISABLED' WHERE "userId" = $1`, [f.user('rob@acme.test').id])
    expect((await call(api.listWorkspaces, writer.key, {})).status).toBe(401)
  })

  test('a workspace admin makes keys for their own workspace only, and none with scopes they lack', async ({ f, ada, rob }) => {
    expect(await createApiKey.execute(rob, { name: 'Wide', workspaceId: '', scopes: ['read'], expiresIn: '30' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await createApiKey.execute(rob, {
        name: 'Other',
        workspaceId: f.workspace('acme/marketing').id,
        scopes: ['read'],
        expiresIn: '30',
      }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const auditor = await f.envOf('auditor@acme.test')
    expect(await createApiKey.execute(auditor, { name: 'Read', workspaceId: '', scopes: ['read'], expiresIn: '30' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await createApiKey.execute(ada, { name: 'Long', scopes: ['read'], expiresIn: 'date', expiresOn: '2999-01-01' })).toMatchObject({
      ok: false,
      fieldErrors: { expiresOn: ['A key lives at most 366 days: choose an earlier day.'] },
    })
    expect(await createApiKey.execute(ada, { name: 'None', scopes: [], expiresIn: '30' })).toMatchObject({
      ok: false,
      fieldErrors: { scopes: ['Choose at least one scope.'] },
    })
  })

  test('an operator’s key reads, and nothing more, whatever scopes it names', async ({ t, f, call }) => {
    const { key } = await t.db.$transaction((tx) =>
      issueApiKey(tx, {
        tenantId: f.tenant('acme').id,
        workspaceId: null,
        name: 'Ops',
        scopes: ['read', 'write'],
        expiresAt: new Date(Date.now() + 86_400_000),
        createdById: null,
        createdByOperator: 'ops',
      }),
    )
    expect((await call(api.listWorkspaces, key, {})).status).toBe(200)
    expect(
      (
        await call(api.putResource, key, resourceIn('development', 'ops-agent'), {
          method: 'PUT',
          body: { kind: 'agent', spec: agent('Ops') },
        })
      ).status,
    ).toBe(403)
  })

  test('revoked, it fails on its very next request; rotated, the old key lives only through the grace period', async ({ t, ada, call }) => {
    const { id, key } = await createKey(ada)
    expect((await call(api.listWorkspaces, key, {})).status).toBe(200)
    const rotated = await rotateApiKey.execute(ada, { apiKeyId: id, workspaceId: '', grace: '1h' })
    if (!rotated.ok) throw new Error(rotated.message)
    expect((await call(api.listWorkspaces, rotated.data.key, {})).status).toBe(200)
    expect((await call(api.listWorkspaces, key, {})).status).toBe(200)
    const old = await t.db.apiKey.findUniqueOrThrow({ where: { id } })
    expect(old.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000)
    expect(old.replacedById).toBe(rotated.data.id)
    expect(await rotateApiKey.execute(ada, { apiKeyId: id, workspaceId: '', grace: '1h' })).toMatchObject({
      ok: false,
      code: 'API_KEY_INACTIVE',
      message: 'This key was already rotated: rotate its replacement instead.',
    })
    expect(await revokeApiKey.execute(ada, { apiKeyId: rotated.data.id, workspaceId: '' })).toMatchObject({ ok: true })
    expect((await call(api.listWorkspaces, rotated.data.key, {})).status).toBe(401)
    expect(await rotateApiKey.execute(ada, { apiKeyId: rotated.data.id, workspaceId: '' })).toMatchObject({
      ok: false,
      code: 'API_KEY_INACTIVE',
    })
  })

  test('answers 403 while the organisation requires two-factor authentication its owner lacks, reads and writes alike', async ({
    t,
    f,
    ada,
    call,
  }) => {
    const writer = await createKey(ada, { scopes: ['read', 'write'] })
    const acme = f.tenant('acme').id
    await t.sql(`UPDATE "Tenant" SET "requireTwoFactor" = true WHERE id = $1`, [acme])
    try {
      const read = await call(api.listWorkspaces, writer.key, {})
      expect(read.status).toBe(403)
      expect(read.body.error.code).toBe('two_factor_required')
      const write = await call(api.putResource, writer.key, resourceIn('development', 'needs-two-factor'), {
        method: 'PUT',
        body: { kind: 'agent', spec: agent('X') },
      })
      expect(write.status).toBe(403)
      expect(await t.db.resource.count({ where: { key: 'needs-two-factor' } })).toBe(0)
    } finally {
      await t.sql(`UPDATE "Tenant" SET "requireTwoFactor" = false WHERE id = $1`, [acme])
    }
    expect((await call(api.listWorkspaces, writer.key, {})).status).toBe(200)
  })

  test(`allows ${API_REQUESTS_PER_MINUTE} requests a minute per key, then answers 429 with Retry-After`, async ({ t, ada, call }) => {
    const { key } = await createKey(ada)
    for (let i = 0; i < API_REQUESTS_PER_MINUTE; i++) {
      const answer = await call(api.listWorkspaces, key, {})
      // The window may turn over mid-loop; then the count starts again, which is the rule too.
      if (answer.status !== 200) throw new Error(`request ${i + 1} answered ${answer.status}`)
    }
    const limited = await call(api.listWorkspaces, key, {})
    if (limited.status === 429) {
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited.body.error.code).toBe('rate_limited')
    } else {
      // Only a new minute may let it through: the count restarted.
      const windows = await t.db.apiRateWindow.findMany()
      expect(windows.at(-1)!.count).toBeLessThan(API_REQUESTS_PER_MINUTE)
    }
  })

  test('proposes a release for review, and says whether a model may be used in an environment and why', async ({ f, ada, rob, call }) => {
    const proposer = await createKey(rob, { workspaceId: production(f).id, scopes: ['read', 'propose'], name: 'Release bot' })
    const proposed = await call(api.proposeRelease, proposer.key, inProduction('development'), {
      method: 'POST',
      body: { title: 'From the API' },
    })
    expect(proposed).toMatchObject({ status: 201, body: { release: { status: 'in_review', target: 'staging' } } })
    expect(proposed.body.release.changes.length).toBeGreaterThan(0)

    const reader = await createKey(ada)
    const allowed = await call(api.checkModelAccess, reader.key, inProduction('production'), {
      url: 'http://atrium.test/x?model=openai/gpt-4.1',
    })
    expect(allowed.body).toMatchObject({ model: 'openai/gpt-4.1', allowed: true })
    expect(allowed.body.reasons).toEqual(
      expect.arrayContaining([
        { source: 'grant', name: 'OpenAI', allows: true, detail: 'Production is granted a credential for OpenAI.' },
        { source: 'policy', name: expect.any(String), allows: true, detail: 'Lists this model.' },
      ]),
    )
    const unlisted = await call(api.checkModelAccess, reader.key, inProduction('production'), {
      url: 'http://atrium.test/x?model=openai/o3',
    })
    expect(unlisted.body).toMatchObject({ allowed: false })
    expect(unlisted.body.reasons).toContainEqual(
      expect.objectContaining({ source: 'policy', allows: false, detail: 'Does not list this model.' }),
    )
    const ungranted = await call(api.checkModelAccess, reader.key, inProduction('production'), {
      url: 'http://atrium.test/x?model=anthropic/claude-sonnet-4',
    })
    expect(ungranted.body).toMatchObject({ allowed: false })
    expect(ungranted.body.reasons).toContainEqual({
      source: 'grant',
      name: 'Anthropic',
      allows: false,
      detail: 'No credential for Anthropic is granted to Production.',
    })
  })
})

describe('input that names nothing', () => {
  /** What a refused request must leave as it was: the content and the audit chain. */
  const contentState = async (t: TestDatabase) => ({
    resources: await t.db.resource.findMany({ orderBy: { id: 'asc' } }),
    revisions: await t.db.resourceRevision.count(),
    auditEvents: await t.db.auditEvent.count(),
  })
  const errorShape = { error: { code: expect.any(String), message: expect.any(String) } }

  test('a kind that names a property every object inherits (__proto__, constructor) is refused, in a body or the query string', async ({
    t,
    f,
    rob,
    call,
  }) => {
    const writer = await createKey(rob, { workspaceId: production(f).id, scopes: ['read', 'write'] })
    await call(api.putResource, writer.key, resourceIn('development', 'kinded'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('K') },
    })
    const before = await contentState(t)
    for (const kind of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const put = await call(api.putResource, writer.key, resourceIn('development', 'kinded'), {
        method: 'PUT',
        body: { kind, spec: agent('Prototype') },
      })
      expect(put).toMatchObject({ status: 422, body: { error: { code: 'validation', fields: { kind: ['Choose agent or policy.'] } } } })
      const url = `http://atrium.test/x?kind=${kind}`
      for (const answer of [
        await call(api.listResources, writer.key, inProduction('development'), { url }),
        await call(api.getResource, writer.key, resourceIn('development', 'kinded'), { url }),
      ]) {
        expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_kind', message: 'kind is agent or policy.' } } })
      }
    }
    expect(await contentState(t)).toEqual(before)
  })

  test('a NUL byte (%00) in any path parameter answers 4xx with the error JSON, never reaching the database, for GET and PUT', async ({
    t,
    f,
    rob,
    call,
  }) => {
    const writer = await createKey(rob, { workspaceId: production(f).id, scopes: ['read', 'write'] })
    await call(api.putResource, writer.key, resourceIn('development', 'nul-agent'), {
      method: 'PUT',
      body: { kind: 'agent', spec: agent('N') },
    })
    const before = await contentState(t)
    // Next.js hands route handlers their path parameters decoded, as here.
    const nul = (segment: string) => decodeURIComponent(segment)
    // An unknown workspace or environment is 404 for both; an unknown key is created by PUT, so a
    // malformed one is refused as its creation would be (422, next to the field).
    const paths = [
      { path: { workspace: nul('produ%00ction'), environment: 'development', key: 'nul-agent' }, put: 404 },
      { path: { workspace: 'production', environment: nul('develop%00ment'), key: 'nul-agent' }, put: 404 },
      { path: { workspace: 'production', environment: 'development', key: nul('nul%00agent') }, put: 422 },
      { path: { workspace: nul('%00'), environment: nul('%00'), key: nul('%00') }, put: 404 },
    ]
    for (const { path, put } of paths) {
      const read = await call(api.getResource, writer.key, path)
      expect(read).toEqual({ status: 404, headers: expect.anything(), body: errorShape })
      const written = await call(api.putResource, writer.key, path, { method: 'PUT', body: { kind: 'agent', spec: agent('Written') } })
      expect(written).toMatchObject({ status: put, body: errorShape })
      if (put === 422) expect(written.body.error).toMatchObject({ code: 'validation', fields: { key: [expect.any(String)] } })
    }
    // The paths that name a workspace or an environment only.
    expect((await call(api.listEnvironments, writer.key, { workspace: nul('produ%00ction') })).status).toBe(404)
    for (const place of [{ workspace: nul('produ%00ction'), environment: 'development' }, inProduction(nul('develop%00ment'))]) {
      const listed = await call(api.listResources, writer.key, place)
      expect(listed).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
    }
    expect(await contentState(t)).toEqual(before)
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test('requests at once past the limit: exactly the limit gets through', async ({ ada, call }) => {
    const { key } = await createKey(ada)
    // Aligned to the start of a minute, so all of them fall into one window.
    const msIntoMinute = Date.now() % 60_000
    if (msIntoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - msIntoMinute + 100))
    const answers = await Promise.all(Array.from({ length: API_REQUESTS_PER_MINUTE + 20 }, () => call(api.listWorkspaces, key, {})))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(API_REQUESTS_PER_MINUTE)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(20)
  })
})
