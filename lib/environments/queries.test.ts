import { expect } from 'vitest'
import { OPEN_RELEASE_STATUSES } from '@/lib/releases/status'
import { test } from '@/test/fixtures'
import { workspaceEnvironments } from './queries'

test('lists a workspace’s environments in order, with what each holds and the releases open into it', async ({ t, f }) => {
  const workspace = f.workspace('acme/production')
  const listed = await workspaceEnvironments(t.db, workspace.id)
  const environments = await t.db.environment.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  })
  expect(listed.map((environment) => environment.slug)).toEqual(environments.map((environment) => environment.slug))
  for (const environment of environments) {
    const live = { environmentId: environment.id, deletedAt: null }
    expect(listed.find((entry) => entry.id === environment.id)).toMatchObject({
      ...environment,
      agents: await t.db.resource.count({ where: { ...live, kind: 'agent' } }),
      policies: await t.db.resource.count({ where: { ...live, kind: 'policy' } }),
      openReleases: await t.db.release.count({
        where: { targetEnvironmentId: environment.id, status: { in: [...OPEN_RELEASE_STATUSES] } },
      }),
      releasesTo: environment.releasesToId ? expect.objectContaining({ id: environment.releasesToId }) : null,
    })
  }
  // The demo gives this workspace something to count, so the numbers above are not all zeros.
  expect(listed.some((environment) => environment.agents > 0 && environment.policies > 0 && environment.openReleases > 0)).toBe(true)
})
