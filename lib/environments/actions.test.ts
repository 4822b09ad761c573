import { describe, expect } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { test as seededTest } from '@/test/fixtures'
import { createEnvironment } from './actions/create-environment'
import { deleteEnvironment } from './actions/delete-environment'
import { moveEnvironment } from './actions/move-environment'
import { updateEnvironment } from './actions/update-environment'

// Rob is the workspace admin of Acme's Production workspace (Development → Staging → Production).
const test = seededTest
  .extend('rob', ({ f }) => f.envOf('rob@acme.test'))
  .extend('workspaceId', ({ f }) => f.workspace('acme/production').id)
  .extend('inWorkspace', ({ workspaceId }) => <I extends object>(input: I) => ({ workspaceId, ...input }))
  .extend(
    'environment',
    ({ t, workspaceId }) =>
      (slug: string) =>
        t.db.environment.findFirstOrThrow({ where: { workspaceId, slug } }),
  )
  .extend(
    'order',
    ({ t, workspaceId }) =>
      async () =>
        (await t.db.environment.findMany({ where: { workspaceId }, orderBy: { position: 'asc' } })).map((e) => e.slug),
  )
  // The workspace's environments as seeded, read before the first case changes them.
  .extend('seededEnvironments', { scope: 'file' }, ({ t, f }) =>
    t.db.environment.findMany({ where: { workspaceId: f.workspace('acme/production').id } }),
  )

// Each case starts from the seeded environments: one added by a case is gone, the order and the targets are back.
test.beforeEach(async ({ t, workspaceId, seededEnvironments }) => {
  const seeded = seededEnvironments.map((environment) => environment.id)
  const added = { workspaceId, id: { notIn: seeded } }
  await t.db.$transaction([
    t.db.environment.updateMany({ where: { workspaceId, releasesTo: added }, data: { releasesToId: null } }),
    t.db.environment.deleteMany({ where: added }),
    ...seededEnvironments.map(({ id, name, description, isProtected, position, releasesToId }) =>
      t.db.environment.update({ where: { id }, data: { name, description, isProtected, position, releasesToId } }),
    ),
  ])
})

/** QA, added last through the action, as the first case adds it. */
async function addQa(rob: ActionEnvironment, inWorkspace: <I extends object>(input: I) => I & { workspaceId: string }) {
  expect(await createEnvironment.execute(rob, inWorkspace({ name: 'QA', slug: 'qa', releasesToId: '' }))).toMatchObject({ ok: true })
}

describe('environments', () => {
  test('a new one goes last; a slug the workspace already has is refused next to the field', async ({ t, rob, inWorkspace, order }) => {
    const added = await createEnvironment.execute(rob, inWorkspace({ name: 'QA', slug: 'qa', releasesToId: '' }))
    expect(added).toMatchObject({ ok: true, data: { slug: 'qa' } })
    expect(await order()).toEqual(['development', 'staging', 'production', 'qa'])
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'environment.created' }, orderBy: { seq: 'desc' } })
    expect(describeAuditEvent(entry)).toBe('added environment QA')
    expect(await createEnvironment.execute(rob, inWorkspace({ name: 'Staging again', slug: 'staging' }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['This workspace already has an environment with this slug.'] },
    })
    expect(await order()).toEqual(['development', 'staging', 'production', 'qa'])
  })

  test('refuses a promotion target that would send releases round in a circle, or to itself', async ({ rob, inWorkspace, environment }) => {
    const [development, production] = [await environment('development'), await environment('production')]
    const target = (releasesToId: string) =>
      updateEnvironment.execute(rob, inWorkspace({ environmentId: production.id, name: 'Production', releasesToId, isProtected: true }))
    expect(await target(development.id)).toMatchObject({
      ok: false,
      fieldErrors: { releasesToId: ['This would make releases go round in a circle.'] },
    })
    expect(await target(production.id)).toMatchObject({
      ok: false,
      fieldErrors: { releasesToId: ['An environment cannot release to itself.'] },
    })
    expect((await environment('production')).releasesToId).toBeNull()
  })

  test('moves one place at a time, and not past either end', async ({ rob, inWorkspace, environment, order }) => {
    await addQa(rob, inWorkspace)
    const qa = await environment('qa')
    const move = (direction: 'up' | 'down') => moveEnvironment.execute(rob, inWorkspace({ environmentId: qa.id, direction }))
    expect(await move('down')).toMatchObject({ ok: false, message: 'QA is already last.' })
    expect(await move('up')).toMatchObject({ ok: true, data: { position: 3 } })
    expect(await order()).toEqual(['development', 'staging', 'qa', 'production'])
  })

  test('deletes only an empty, unprotected environment, once its slug is typed; what released to it then releases nowhere', async ({
    rob,
    inWorkspace,
    environment,
    order,
  }) => {
    await addQa(rob, inWorkspace)
    const [staging, qa, production] = [await environment('staging'), await environment('qa'), await environment('production')]
    const remove = (environmentId: string, confirmSlug: string) =>
      deleteEnvironment.execute(rob, inWorkspace({ environmentId, confirmSlug }))
    expect(await remove(production.id, 'production')).toMatchObject({ ok: false, code: 'ENVIRONMENT_PROTECTED' })
    expect(await remove(staging.id, 'staging')).toMatchObject({ ok: false, code: 'ENVIRONMENT_IN_USE' })
    await updateEnvironment.execute(
      rob,
      inWorkspace({ environmentId: staging.id, name: 'Staging', releasesToId: qa.id, isProtected: false }),
    )
    expect(await remove(qa.id, 'Q A')).toMatchObject({ ok: false, fieldErrors: { confirmSlug: ['Type qa to confirm.'] } })
    expect(await remove(qa.id, ' qa ')).toMatchObject({ ok: true })
    expect(await order()).toEqual(['development', 'staging', 'production'])
    expect((await environment('staging')).releasesToId).toBeNull()
  })
})
