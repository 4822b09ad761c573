import { describe, expect } from 'vitest'
import { test } from '@/test/fixtures'
import { describeAuditEvent } from '@/lib/audit-log/describe'
import { findDrift } from './drift'

describe('the demo content', () => {
  test('has agents and policies in every environment of Acme Production, two applied releases into Production and one in review', async ({
    t,
    f,
  }) => {
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

describe('the demo content in the audit log', () => {
  test('reads in words: every resource and release entry has a description, not its action name', async ({ t }) => {
    const events = await t.db.auditEvent.findMany({
      where: { OR: [{ action: { startsWith: 'resource.' } }, { action: { startsWith: 'release.' } }] },
      orderBy: { seq: 'asc' },
    })
    expect(events.length).toBeGreaterThan(10)
    const descriptions = events.map(describeAuditEvent)
    for (const [index, event] of events.entries()) expect(descriptions[index]).not.toBe(event.action)
    expect(descriptions).toContain('created agent Support triage in development')
    expect(descriptions).toContain('applied release "First agents and policies" to production as #1')
  })
})
