import { beforeAll, describe, expect, it } from 'vitest'
import type { ActionEnvironment } from '@/lib/actions/define-action'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import type { TestDatabase } from '@/test/database'
import { withSeededDatabase, type Fixtures } from '@/test/fixtures'
import { createEnvironment } from './actions/create-environment'
import { deleteEnvironment } from './actions/delete-environment'
import { moveEnvironment } from './actions/move-environment'
import { updateEnvironment } from './actions/update-environment'

let t: TestDatabase
let f: Fixtures
withSeededDatabase((opened) => ({ t, f } = opened))

// Rob is the workspace admin of Acme's Production workspace (Development → Staging → Production).
let rob: ActionEnvironment
const workspace = () => f.workspace('acme/production')
const inWorkspace = <I extends object>(input: I) => ({ workspaceId: workspace().id, ...input })
const environment = (slug: string) => t.db.environment.findFirstOrThrow({ where: { workspaceId: workspace().id, slug } })
const order = async () =>
  (await t.db.environment.findMany({ where: { workspaceId: workspace().id }, orderBy: { position: 'asc' } })).map((e) => e.slug)

beforeAll(async () => {
  rob = await f.envOf('rob@acme.test')
})

// The tests build on each other in order (QA is added by the first), as the console's user would.
describe('environments', () => {
  it('a new one goes last; a slug the workspace already has is refused next to the field', async () => {
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

  it('refuses a promotion target that would send releases round in a circle, or to itself', async () => {
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

  it('moves one place at a time, and not past either end', async () => {
    const qa = await environment('qa')
    const move = (direction: 'up' | 'down') => moveEnvironment.execute(rob, inWorkspace({ environmentId: qa.id, direction }))
    expect(await move('down')).toMatchObject({ ok: false, message: 'QA is already last.' })
    expect(await move('up')).toMatchObject({ ok: true, data: { position: 3 } })
    expect(await order()).toEqual(['development', 'staging', 'qa', 'production'])
  })

  it('deletes only an empty, unprotected environment, once its slug is typed; what released to it then releases nowhere', async () => {
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
