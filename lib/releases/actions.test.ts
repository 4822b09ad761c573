import { describe, expect, inject } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { setReviewRules } from '@/lib/environments/actions/set-review-rules'
import { changeMemberRole } from '@/lib/members/actions/change-member-role'
import { liveContent } from '@/lib/resources/content-hash'
import { updateResource } from '@/lib/resources/actions/update-resource'
import type { Actor } from '@/lib/authz/permissions'
import { loadActor } from '@/lib/context/resolve'
import type { Db } from '@/lib/db/client'
import { test as seededTest, type Fixtures } from '@/test/fixtures'
import { applyRelease } from './actions/apply-release'
import { approveRelease } from './actions/approve-release'
import { draftRelease } from './actions/draft-release'
import { editRelease } from './actions/edit-release'
import { proposeRollback } from './actions/propose-rollback'
import { refreshRelease } from './actions/refresh-release'
import { changeCounts, changeMarks, isOwnChange } from './change-summary'
import { findDrift } from './drift'
import { latestRevisions } from './provenance'
import { ownOpenReleases, releaseQueuesOf, waitingForReview } from './queue'
import { approvalTally } from './reviewers'

// Acme's Production workspace as the demo leaves it: Pat builds, Rob (workspace admin) and Ada (tenant admin) review.
const test = seededTest
  .extend('pat', ({ f }) => f.envOf('pat@acme.test'))
  .extend('rob', ({ f }) => f.envOf('rob@acme.test'))
  .extend('ada', ({ f }) => f.envOf('admin@acme.test'))
  .extend('workspace', ({ f }) => f.workspace('acme/production'))
  .extend(
    'environment',
    ({ t, workspace }) =>
      (slug: string) =>
        t.db.environment.findFirstOrThrow({ where: { workspaceId: workspace.id, slug } }),
  )
  .extend(
    'resource',
    ({ t, environment }) =>
      async (slug: string, key: string) =>
        t.db.resource.findFirstOrThrow({ where: { environmentId: (await environment(slug)).id, key } }),
  )
  .extend('inWorkspace', ({ workspace }) => <I extends object>(input: I) => ({ workspaceId: workspace.id, ...input }))
  /** Edits an agent in an unprotected environment through the action, as Pat. */
  .extend('editAgent', ({ pat, resource, inWorkspace }) => async (slug: string, key: string, change: Record<string, unknown>, by = pat) => {
    const current = await resource(slug, key)
    const result = await updateResource.execute(
      by,
      inWorkspace({
        environmentId: current.environmentId,
        resourceId: current.id,
        baseRevision: current.revision,
        spec: { ...(current.spec as object), ...change },
      }),
    )
    expect(result).toMatchObject({ ok: true })
  })
  .extend('draft', ({ pat, environment, inWorkspace }) => async (from: string, changes: string[], by = pat) => {
    const result = await draftRelease.execute(
      by,
      inWorkspace({ sourceEnvironmentId: (await environment(from)).id, title: 'Test release', changes }),
    )
    if (!result.ok) throw new Error(result.message)
    return result.data.id
  })
  .extend(
    'approve',
    ({ inWorkspace }) =>
      (releaseId: string, by: ActionEnvironment) =>
        approveRelease.execute(by, inWorkspace({ releaseId })),
  )
  .extend(
    'apply',
    ({ inWorkspace }) =>
      (releaseId: string, by: ActionEnvironment) =>
        applyRelease.execute(by, inWorkspace({ releaseId })),
  )
  .extend(
    'nextNumber',
    ({ t, environment }) =>
      async (slug: string) =>
        ((await t.db.release.aggregate({ where: { targetEnvironmentId: (await environment(slug)).id }, _max: { number: true } }))._max
          .number ?? 0) + 1,
  )
  .extend(
    'status',
    ({ t }) =>
      async (releaseId: string) =>
        (await t.db.release.findUniqueOrThrow({ where: { id: releaseId } })).status,
  )

test.beforeEach(async ({ t, f }) => {
  // Review rules back to their defaults, and the seeded people (a case demotes Rob, another adds reviewers).
  // Content carries on: a case that drafts a release first makes the change it releases.
  await t.sql(`UPDATE "Environment" SET "requiredApprovals" = 1, "allowSelfApproval" = false, reviewers = 'admins'`)
  await f.resetPeople()
})

describe('a protected environment', () => {
  test('is refused by the service, whoever asks', async ({ pat, rob, ada, resource, inWorkspace }) => {
    const agent = await resource('production', 'support-triage')
    for (const by of [pat, rob, ada]) {
      const result = await updateResource.execute(
        by,
        inWorkspace({
          environmentId: agent.environmentId,
          resourceId: agent.id,
          baseRevision: agent.revision,
          spec: { ...(agent.spec as object), name: 'Hijacked' },
        }),
      )
      expect(result).toMatchObject({ ok: false, code: 'ENVIRONMENT_PROTECTED' })
    }
  })

  test('is refused by the database: a direct UPDATE, INSERT or DELETE of its resources fails', async ({ t, resource }) => {
    const agent = await resource('production', 'support-triage')
    await expect(t.sql(`UPDATE "Resource" SET spec = '{"name":"Hijacked"}' WHERE id = $1`, [agent.id])).rejects.toThrow(/protected/)
    await expect(t.sql(`DELETE FROM "Resource" WHERE id = $1`, [agent.id])).rejects.toThrow(/protected/)
    await expect(
      t.sql(
        `INSERT INTO "Resource" (id, "tenantId", "workspaceId", "environmentId", kind, key, spec, revision, "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, $3, 'agent', 'smuggled', '{}', 1, now())`,
        [agent.tenantId, agent.workspaceId, agent.environmentId],
      ),
    ).rejects.toThrow(/protected/)
    await expect(
      t.sql(
        `INSERT INTO "ResourceRevision" (id, "tenantId", "workspaceId", "environmentId", "resourceId", number, spec)
         VALUES (gen_random_uuid()::text, $1, $2, $3, $4, 99, '{}')`,
        [agent.tenantId, agent.workspaceId, agent.environmentId, agent.id],
      ),
    ).rejects.toThrow(/protected/)
    expect(await resource('production', 'support-triage')).toEqual(agent)
  })

  test('keeps revisions and applied releases unchangeable', async ({ t, f, workspace }) => {
    const applied = await t.db.release.findFirstOrThrow({ where: { workspaceId: workspace.id, status: 'applied' } })
    await expect(t.sql(`UPDATE "Release" SET title = 'Rewritten' WHERE id = $1`, [applied.id])).rejects.toThrow(/applied/)
    await expect(t.sql(`DELETE FROM "ReleaseItem" WHERE "releaseId" = $1`, [applied.id])).rejects.toThrow(/applied/)
    await expect(t.sql(`UPDATE "ResourceRevision" SET spec = '{}' WHERE "workspaceId" = $1`, [workspace.id])).rejects.toThrow(/append-only/)
    await expect(t.sql(`DELETE FROM "ReleaseApproval" WHERE "releaseId" = $1`, [applied.id])).rejects.toThrow(/applied/)
    await expect(
      t.sql(
        `INSERT INTO "ReleaseApproval" (id, "tenantId", "workspaceId", "releaseId", "reviewerId") VALUES (gen_random_uuid()::text, $1, $2, $3, $4)`,
        [applied.tenantId, applied.workspaceId, applied.id, f.user('admin@acme.test').id],
      ),
    ).rejects.toThrow(/applied/)
    expect(await t.db.releaseApproval.count({ where: { releaseId: applied.id } })).toBeGreaterThan(0)
  })

  test('keeps a rollback in the environment it rolls back, and a release or a restore in the revision’s own history', async ({
    t,
    environment,
    resource,
  }) => {
    const [development, staging, production] = [
      await environment('development'),
      await environment('staging'),
      await environment('production'),
    ]
    const intoStaging = await t.db.release.findFirstOrThrow({ where: { targetEnvironmentId: staging.id, status: 'applied' } })
    // A rollback of Production that names a release into Staging.
    await expect(
      t.sql(
        `INSERT INTO "Release" (id, "tenantId", "workspaceId", "sourceEnvironmentId", "targetEnvironmentId", title, "rollbackOfId", "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, $3, $3, 'Wrong rollback', $4, now())`,
        [production.tenantId, production.workspaceId, production.id, intoStaging.id],
      ),
    ).rejects.toThrow(/foreign key/)
    // A release from an environment to itself that is not a rollback.
    await expect(
      t.sql(
        `INSERT INTO "Release" (id, "tenantId", "workspaceId", "sourceEnvironmentId", "targetEnvironmentId", title, "updatedAt")
         VALUES (gen_random_uuid()::text, $1, $2, $3, $3, 'Nowhere', now())`,
        [development.tenantId, development.workspaceId, development.id],
      ),
    ).rejects.toThrow(/Release_source_is_not_target/)
    const agent = await resource('development', 'support-triage')
    const revision = (number: number, extra: string, values: unknown[]) =>
      t.sql(
        `INSERT INTO "ResourceRevision" (id, "tenantId", "workspaceId", "environmentId", "resourceId", number, spec, ${extra})
         VALUES (gen_random_uuid()::text, $1, $2, $3, $4, ${number}, '{}', $5)`,
        [agent.tenantId, agent.workspaceId, agent.environmentId, agent.id, ...values],
      )
    // A revision of Development said to be written by a release into Staging; a restore of a revision that never was.
    await expect(revision(agent.revision + 1, '"releaseId"', [intoStaging.id])).rejects.toThrow(/foreign key/)
    await expect(revision(agent.revision + 1, '"restoredFrom"', [agent.revision + 5])).rejects.toThrow(
      /restores_an_earlier_one|foreign key/,
    )
    await expect(revision(agent.revision + 1, '"restoredFrom"', [0])).rejects.toThrow(/foreign key/)
  })
})

describe('reviews', () => {
  test('an edit voids the approvals a release had', async ({ t, pat, rob, workspace, inWorkspace, approve, apply }) => {
    const waiting = await t.db.release.findFirstOrThrow({ where: { workspaceId: workspace.id, status: 'in_review' } })
    expect(await approve(waiting.id, rob)).toMatchObject({ ok: true, data: { status: 'approved', approvals: 1 } })
    expect(
      await editRelease.execute(pat, inWorkspace({ releaseId: waiting.id, title: 'Lead research (v2)', notes: 'Edited' })),
    ).toMatchObject({
      ok: true,
      data: { status: 'in_review', approvalsVoided: 1 },
    })
    expect(await t.db.releaseApproval.count({ where: { releaseId: waiting.id } })).toBe(0)
    expect(await apply(waiting.id, rob)).toMatchObject({ ok: false, code: 'RELEASE_NOT_OPEN' })
  })

  test('an author may not approve or apply their own release unless the target allows it', async ({
    rob,
    ada,
    environment,
    inWorkspace,
    editAgent,
    draft,
    approve,
    apply,
  }) => {
    await editAgent('development', 'lead-researcher', { description: 'Rob changed it' }, rob)
    const own = await draft('development', ['agent:lead-researcher'], rob)
    expect(await approve(own, rob)).toMatchObject({ ok: false, code: 'SELF_APPROVAL' })
    const staging = await environment('staging')
    const allow = { environmentId: staging.id, requiredApprovals: 1, allowSelfApproval: true, reviewers: 'admins' }
    expect(await setReviewRules.execute(ada, inWorkspace(allow))).toMatchObject({ ok: true })
    expect(await approve(own, rob)).toMatchObject({ ok: true, data: { status: 'approved' } })
    expect(await apply(own, rob)).toMatchObject({ ok: true, data: { status: 'applied' } })
  })

  test('an approval counts only while its reviewer may still review: once demoted, it no longer lets the release apply', async ({
    f,
    rob,
    ada,
    inWorkspace,
    editAgent,
    draft,
    approve,
    apply,
  }) => {
    await editAgent('development', 'support-triage', { description: 'Approved, then its reviewer demoted' })
    const release = await draft('development', ['agent:support-triage'])
    expect(await approve(release, rob)).toMatchObject({ ok: true, data: { status: 'approved', approvals: 1 } })
    const role = (to: 'workspace_member' | 'workspace_admin') =>
      changeMemberRole.execute(ada, inWorkspace({ userId: f.user('rob@acme.test').id, role: to }))
    expect(await role('workspace_member')).toMatchObject({ ok: true })
    expect(await apply(release, ada)).toMatchObject({ ok: false, code: 'APPROVALS_MISSING' })
    expect(await approve(release, ada)).toMatchObject({ ok: true, data: { status: 'approved', approvals: 1 } })
    expect(await role('workspace_admin')).toMatchObject({ ok: true })
    expect(await apply(release, ada)).toMatchObject({ ok: true, data: { status: 'applied' } })
  })

  test('the release page counts approvals as applying does: one whose reviewer has since lost the role is shown, not counted, and why', async ({
    t,
    f,
    rob,
    ada,
    inWorkspace,
    editAgent,
    draft,
    approve,
    apply,
  }) => {
    await editAgent('development', 'support-triage', { description: 'Approved, then its reviewer demoted (the page)' })
    const release = await draft('development', ['agent:support-triage'])
    expect(await approve(release, rob)).toMatchObject({ ok: true, data: { status: 'approved', approvals: 1 } })
    // What the release page calls (app/…/releases/[releaseId]/page.tsx): approvalTally, the count applying checks.
    const pageTally = async () => {
      const shown = await t.db.release.findUniqueOrThrow({ where: { id: release }, include: { target: true } })
      return approvalTally(t.db, shown, shown.target)
    }
    const byRob = { reviewerId: f.user('rob@acme.test').id }
    expect(await pageTally()).toMatchObject({ counted: 1, required: 1, approvals: [{ ...byRob, counts: true, why: null }] })
    const role = (to: 'workspace_member' | 'workspace_admin') =>
      changeMemberRole.execute(ada, inWorkspace({ userId: f.user('rob@acme.test').id, role: to }))
    expect(await role('workspace_member')).toMatchObject({ ok: true })
    expect(await pageTally()).toEqual({
      counted: 0,
      required: 1,
      approvals: [
        expect.objectContaining({
          ...byRob,
          counts: false,
          why: 'they no longer review releases into Staging (workspace admins and tenant admins)',
        }),
      ],
    })
    expect(await apply(release, ada)).toMatchObject({ ok: false, code: 'APPROVALS_MISSING' })
    expect(await role('workspace_admin')).toMatchObject({ ok: true })
    expect(await pageTally()).toMatchObject({ counted: 1, approvals: [{ ...byRob, counts: true }] })
  })

  test('a member cannot review, and a rule of tenant admins only leaves out workspace admins', async ({
    pat,
    rob,
    ada,
    environment,
    inWorkspace,
    editAgent,
    draft,
    approve,
  }) => {
    await editAgent('development', 'invoice-extractor', { description: 'For review by tenant admins' })
    const release = await draft('development', ['agent:invoice-extractor'])
    expect(await approve(release, pat)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const staging = await environment('staging')
    expect(
      await setReviewRules.execute(
        ada,
        inWorkspace({ environmentId: staging.id, requiredApprovals: 0, allowSelfApproval: false, reviewers: 'tenant_admins' }),
      ),
    ).toMatchObject({ ok: true })
    expect(await approve(release, rob)).toMatchObject({ ok: false, code: 'NOT_A_REVIEWER' })
    expect(await approve(release, ada)).toMatchObject({ ok: true })
  })

  test('a rule asking for more approvals than people can give is refused when saved', async ({ ada, environment, inWorkspace }) => {
    // Ada (tenant admin) and Rob (workspace admin) can review Production: two people.
    const production = await environment('production')
    const rule = (requiredApprovals: number, allowSelfApproval: boolean, reviewers = 'admins') =>
      setReviewRules.execute(ada, inWorkspace({ environmentId: production.id, requiredApprovals, allowSelfApproval, reviewers }))
    expect(await rule(2, false)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { requiredApprovals: [expect.stringMatching(/at most 1/)] },
    })
    expect(await rule(3, true)).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await rule(1, false, 'tenant_admins')).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect((await environment('production')).requiredApprovals).toBe(1)
    expect(await rule(2, true)).toMatchObject({ ok: true })
  })

  test('an empty or fractional number of approvals, as a form sends it, is refused next to the field, not read as 0', async ({
    ada,
    environment,
    inWorkspace,
  }) => {
    const production = await environment('production')
    const typed = (requiredApprovals: string) =>
      setReviewRules.execute(
        ada,
        inWorkspace({ environmentId: production.id, requiredApprovals, allowSelfApproval: false, reviewers: 'admins' }),
      )
    expect(await typed(' ')).toMatchObject({ ok: false, fieldErrors: { requiredApprovals: ['Enter a number.'] } })
    expect(await typed('1.5')).toMatchObject({ ok: false, fieldErrors: { requiredApprovals: ['Enter a whole number.'] } })
    expect((await environment('production')).requiredApprovals).toBe(1)
    expect(await typed('0')).toMatchObject({ ok: true })
    expect((await environment('production')).requiredApprovals).toBe(0)
  })
})

describe('applying', () => {
  test('a release whose target changed since it was drafted becomes stale, and applies once refreshed', async ({
    pat,
    rob,
    resource,
    inWorkspace,
    editAgent,
    draft,
    approve,
    apply,
    nextNumber,
  }) => {
    await editAgent('development', 'invoice-extractor', { description: 'Proposed' })
    const release = await draft('development', ['agent:invoice-extractor'])
    expect(await approve(release, rob)).toMatchObject({ ok: true })
    await editAgent('staging', 'invoice-extractor', { description: 'Changed in Staging meanwhile' })

    expect(await apply(release, rob)).toMatchObject({ ok: true, data: { status: 'stale', changedSinceDraft: ['agent:invoice-extractor'] } })
    expect((await resource('staging', 'invoice-extractor')).spec).toMatchObject({ description: 'Changed in Staging meanwhile' })
    expect(await refreshRelease.execute(pat, inWorkspace({ releaseId: release }))).toMatchObject({
      ok: true,
      data: { status: 'in_review' },
    })
    expect(await approve(release, rob)).toMatchObject({ ok: true })
    const number = await nextNumber('staging')
    expect(await apply(release, rob)).toMatchObject({ ok: true, data: { status: 'applied', number } })
    expect((await resource('staging', 'invoice-extractor')).spec).toMatchObject({ description: 'Proposed' })
  })

  test('a rollback restores exactly the content an earlier release left', async ({
    t,
    pat,
    rob,
    environment,
    inWorkspace,
    approve,
    apply,
    nextNumber,
  }) => {
    const production = await environment('production')
    const first = await t.db.release.findFirstOrThrow({ where: { targetEnvironmentId: production.id, number: 1 } })
    const rollback = await proposeRollback.execute(pat, inWorkspace({ releaseId: first.id }))
    if (!rollback.ok) throw new Error(rollback.message)
    expect(await approve(rollback.data.id, rob)).toMatchObject({ ok: true })
    const number = await nextNumber('production')
    expect(await apply(rollback.data.id, rob)).toMatchObject({ ok: true, data: { status: 'applied', number } })
    expect(await liveContent(t.db, production.id)).toEqual(first.snapshot)
    expect((await environment('production')).contentHash).toBe(first.contentHash)
    expect(await proposeRollback.execute(pat, inWorkspace({ releaseId: first.id }))).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_RELEASE',
    })
  })
})

describe('drift', () => {
  test('reports a protected environment changed behind Atrium’s back', async ({ t, workspace, resource }) => {
    expect(await findDrift(t.db, workspace.tenantId)).toEqual([])
    const agent = await resource('production', 'support-triage')
    await t.behindAtriumsBack(
      (tx) => tx.$executeRaw`UPDATE "Resource" SET spec = jsonb_set(spec, '{model}', '"shady/model"') WHERE id = ${agent.id}`,
    )
    expect(await findDrift(t.db, workspace.tenantId)).toEqual([
      { workspace: 'production', environment: 'production', reason: expect.stringMatching(/changed outside Atrium/) },
    ])
  })
})

describe.runIf(inject('databaseKind') === 'postgres')('races (PostgreSQL)', () => {
  test('two releases applied to the same target at once: one applies, the other is stale', async ({
    t,
    rob,
    ada,
    resource,
    editAgent,
    draft,
    approve,
    apply,
  }) => {
    await editAgent('development', 'invoice-extractor', { description: 'First' })
    const first = await draft('development', ['agent:invoice-extractor'])
    await editAgent('development', 'invoice-extractor', { description: 'Second' })
    const second = await draft('development', ['agent:invoice-extractor'])
    await approve(first, rob)
    await approve(second, rob)
    const revisionsOf = async () =>
      t.db.resourceRevision.count({ where: { resourceId: (await resource('staging', 'invoice-extractor')).id } })
    const before = await revisionsOf()
    const results = await Promise.all([apply(first, rob), apply(second, ada)])
    expect(results.map((result) => result.ok && result.data.status).sort()).toEqual(['applied', 'stale'])
    expect(await revisionsOf()).toBe(before + 1)
  })

  test('20 reviewers approving at once are each counted once', async ({
    t,
    f,
    ada,
    environment,
    inWorkspace,
    editAgent,
    draft,
    approve,
    status,
  }) => {
    const acme = f.tenant('acme')
    const reviewers: ActionEnvironment[] = []
    for (let n = 0; n < 20; n++) {
      const user = await t.db.user.create({ data: { email: `reviewer-${n}@acme.test`, name: `Reviewer ${n}`, passwordHash: 'x' } })
      await t.db.tenantMembership.create({ data: { tenantId: acme.id, userId: user.id, role: 'tenant_admin' } })
      reviewers.push(await f.envOf(user.email))
    }
    const staging = await environment('staging')
    await setReviewRules.execute(
      ada,
      inWorkspace({ environmentId: staging.id, requiredApprovals: 10, allowSelfApproval: false, reviewers: 'admins' }),
    )
    await editAgent('development', 'invoice-extractor', { description: 'Reviewed by many' })
    const release = await draft('development', ['agent:invoice-extractor'])
    const results = await Promise.all(reviewers.map((by) => approve(release, by)))
    const counts = results.map((result) => (result.ok ? result.data.approvals : 0)).sort((a, b) => a - b)
    expect(counts).toEqual(Array.from({ length: 20 }, (_, n) => n + 1))
    expect(await t.db.releaseApproval.count({ where: { releaseId: release } })).toBe(20)
    expect(await status(release)).toBe('approved')
  })
})

describe('what waits for whom, and whose change it is', () => {
  const actorOf = async (f: Fixtures, t: { db: Db }, email: string) => (await loadActor(t.db, f.user(email).id, f.tenant('acme').id))!

  test('a submitted release waits for its reviewers until each has approved; its author sees it as theirs', async ({
    t,
    f,
    workspace,
    rob,
    ada,
    environment,
    editAgent,
    draft,
    approve,
  }) => {
    await t.sql(`UPDATE "Environment" SET "requiredApprovals" = 2 WHERE id = '${(await environment('staging')).id}'`)
    await editAgent('development', 'lead-researcher', { description: 'Waits for two reviewers' })
    const release = await draft('development', ['agent:lead-researcher'])
    const pat = await actorOf(f, t, 'pat@acme.test')
    const robActor = await actorOf(f, t, 'rob@acme.test')
    const adaActor = await actorOf(f, t, 'admin@acme.test')
    const auditor = await actorOf(f, t, 'auditor@acme.test')
    const waitingFor = async (actor: Actor) => (await waitingForReview(t.db, actor)).find((row) => row.id === release)
    expect(await waitingFor(robActor)).toMatchObject({ next: 'approve', target: 'Staging', author: 'Pat Builder', changes: '1 changed' })
    expect(await waitingFor(adaActor)).toMatchObject({ next: 'approve' })
    // Not for its author (Staging does not let authors approve their own), but among their own releases.
    expect(await waitingFor(pat)).toBeUndefined()
    expect((await ownOpenReleases(t.db, pat)).map((row) => row.id)).toContain(release)
    expect(await releaseQueuesOf(t.db, auditor)).toEqual({ waiting: [], own: [], reviews: false, proposes: false })

    expect(await approve(release, rob)).toMatchObject({ ok: true, data: { status: 'in_review', approvals: 1 } })
    expect(await waitingFor(robActor)).toBeUndefined()
    expect(await waitingFor(adaActor)).toMatchObject({ next: 'approve' })
    expect(await approve(release, ada)).toMatchObject({ ok: true, data: { status: 'approved', approvals: 2 } })
    // Approved: both may apply it now.
    expect(await waitingFor(robActor)).toMatchObject({ next: 'apply' })
    expect(await waitingFor(adaActor)).toMatchObject({ next: 'apply' })

    // Removed from the workspace, Pat no longer sees the release among theirs (its title and workspace stay behind).
    await t.sql(`DELETE FROM "WorkspaceMembership" WHERE "userId" = $1 AND "workspaceId" = $2`, [pat.userId, workspace.id])
    const removed = await actorOf(f, t, 'pat@acme.test')
    expect((await ownOpenReleases(t.db, removed)).map((row) => row.id)).not.toContain(release)
  })

  test('Compare tells whose each change is, and marks what a rollback brought back', async ({
    t,
    f,
    rob,
    ada,
    environment,
    editAgent,
    draft,
    approve,
    apply,
  }) => {
    const [development, staging] = [await environment('development'), await environment('staging')]
    await editAgent('development', 'lead-researcher', { description: 'Pat’s own change' })
    await editAgent('development', 'support-triage', { description: 'Rob’s own change' }, rob)
    const pat = await actorOf(f, t, 'pat@acme.test')
    const robActor = await actorOf(f, t, 'rob@acme.test')
    const made = await latestRevisions(t.db, development.id)
    expect(isOwnChange(made.get('agent:lead-researcher'), pat.userId)).toBe(true)
    expect(isOwnChange(made.get('agent:support-triage'), pat.userId)).toBe(false)
    expect(isOwnChange(made.get('agent:support-triage'), robActor.userId)).toBe(true)
    expect(made.get('agent:lead-researcher')).toMatchObject({ authorName: 'Pat Builder', release: null, restoredFrom: null })

    // Two releases into Staging, then a rollback to the first: what it restores is nobody's new work.
    const first = await draft('development', ['agent:lead-researcher'])
    await approve(first, rob)
    expect(await apply(first, rob)).toMatchObject({ ok: true })
    await editAgent('development', 'lead-researcher', { description: 'Pat’s second change' })
    const second = await draft('development', ['agent:lead-researcher'])
    await approve(second, rob)
    expect(await apply(second, rob)).toMatchObject({ ok: true })
    // A release's change is its author's (Pat's), whoever applied it (Rob).
    const released = (await latestRevisions(t.db, staging.id)).get('agent:lead-researcher')
    expect(released).toMatchObject({ authorName: 'Pat Builder', release: { appliedBy: 'Rob Reviewer', rollbackTo: null } })
    expect(isOwnChange(released, pat.userId)).toBe(true)
    const { number } = await t.db.release.findUniqueOrThrow({ where: { id: first } })
    const rollback = await proposeRollback.execute(rob, { workspaceId: staging.workspaceId, releaseId: first })
    if (!rollback.ok) throw new Error(rollback.message)
    await approve(rollback.data.id, ada)
    expect(await apply(rollback.data.id, ada)).toMatchObject({ ok: true })

    // The rollback is Rob's release, applied by Ada: what it restores is marked, and nobody's own.
    const restored = (await latestRevisions(t.db, staging.id)).get('agent:lead-researcher')
    expect(restored).toMatchObject({ authorName: 'Rob Reviewer', release: { appliedBy: 'Ada Admin', rollbackTo: number } })
    expect(changeMarks(restored)).toEqual([`Restored by rollback to #${number}`])
    expect(isOwnChange(restored, robActor.userId)).toBe(false)
    expect(changeCounts([{ change: 'changed' }, { change: 'new' }, { change: 'changed' }])).toBe('2 changed, 1 new')
  })
})
