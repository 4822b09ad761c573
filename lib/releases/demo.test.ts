import { describe, expect, it } from 'vitest'
import { withSeededDatabase, type Fixtures } from '@/test/fixtures'
import type { TestDatabase } from '@/test/database'
import { findDrift } from './drift'

let t: TestDatabase
let f: Fixtures
withSeededDatabase((opened) => ({ t, f } = opened))

describe('the demo content', () => {
  it('has agents and policies in every environment of Acme Production, two applied releases into Production and one in review', async () => {
    const workspace = f.workspace('acme/production')
    const environments = await t.db.environment.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { position: 'asc' },
      include: { resources: { where: { deletedAt: null } }, releasesIn: { orderBy: { createdAt: 'asc' } } },
    })
    expect(environments.map((environment) => [environment.slug, environment.resources.length])).toEqual([
      ['development', 5],
      ['staging', 5],
      ['production', 4],
    ])
    const production = environments[2]!
    expect(production.releasesIn.map((release) => [release.number, release.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [null, 'in_review'],
    ])
    expect(await findDrift(t.db, workspace.tenantId)).toEqual([])
  })
})
