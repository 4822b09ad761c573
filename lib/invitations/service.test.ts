import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate } from '@/lib/auth/credentials'
import type { TestDatabase } from '@/test/database'
import { databaseSnapshot, openSeededDatabase, TEST_AUDIT_KEY, type Fixtures } from '@/test/fixtures'
import { acceptInvitation, viewInvitation } from './accept'
import { inviteMemberAction as invite, resendInvitationAction as resend, revokeInvitationAction as revoke } from './action-definitions'
import { hashInvitationToken } from './token'

let t: TestDatabase
let f: Fixtures

beforeAll(async () => ({ t, f } = await openSeededDatabase()))
afterAll(() => t.close())

const marketing = () => f.workspace('acme/marketing').id
/** The token in the newest mail to an address (the database keeps only its hash). */
async function tokenMailedTo(email: string) {
  const message = await t.db.outboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } })
  return /\/invitations\/([\w-]+)/.exec(message.body)![1]!
}

describe('invitations', () => {
  it('mails a single-use link whose token is stored only as a hash; the invitee joins with the invited role', async () => {
    const result = await invite.execute(await f.envOf('wsadmin@acme.test'), { workspaceId: marketing(), email: ' New.Person@Example.test ', role: 'workspace_viewer' })
    expect(result).toEqual({ ok: true, data: { added: false, email: 'new.person@example.test' } })
    const token = await tokenMailedTo('new.person@example.test')
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: 'new.person@example.test' } })
    expect(invitation.tokenHash).toBe(hashInvitationToken(token))
    expect(invitation.tokenHash).not.toContain(token)
    expect(await viewInvitation(t.db, token)).toMatchObject({ state: 'open', workspaceName: 'Marketing', tenantName: 'Acme Corp' })

    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Nia New', password: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { password: ['Use at least 12 characters.'] },
    })
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Nia New', password: 'a long enough password' })).toEqual({ ok: true, data: { email: 'new.person@example.test' } })
    const user = await t.db.user.findUniqueOrThrow({ where: { email: 'new.person@example.test' }, include: { tenantMemberships: true, workspaceMemberships: true } })
    expect(user.tenantMemberships).toMatchObject([{ tenantId: f.tenant('acme').id, role: 'tenant_member' }])
    expect(user.workspaceMemberships).toMatchObject([{ workspaceId: marketing(), role: 'workspace_viewer' }])
    expect(await authenticate(t.db, { email: 'new.person@example.test', password: 'a long enough password' })).toMatchObject({ ok: true })

    // Used once.
    expect(await viewInvitation(t.db, token)).toEqual({ state: 'used' })
    const before = await databaseSnapshot(t.db)
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Again', password: 'a long enough password' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await databaseSnapshot(t.db)).toEqual(before)
  })

  it('adds an existing user of the tenant directly', async () => {
    const result = await invite.execute(await f.envOf('admin@acme.test'), { workspaceId: marketing(), email: 'AUDITOR@acme.test', role: 'workspace_member' })
    expect(result).toEqual({ ok: true, data: { added: true, email: 'auditor@acme.test' } })
    expect(await t.db.workspaceMembership.count({ where: { workspaceId: marketing(), userId: f.user('auditor@acme.test').id } })).toBe(1)
  })

  it('refuses a second open invitation to the same address, and resend replaces the link', async () => {
    const env = await f.envOf('admin@acme.test')
    await invite.execute(env, { workspaceId: marketing(), email: 'twice@example.test', role: 'workspace_member' })
    const first = await tokenMailedTo('twice@example.test')
    expect(await invite.execute(env, { workspaceId: marketing(), email: 'twice@example.test', role: 'workspace_member' })).toMatchObject({
      ok: false,
      fieldErrors: { email: ['This address already has an open invitation. Resend it from the list below.'] },
    })
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: 'twice@example.test' } })
    expect(await resend.execute(env, { workspaceId: marketing(), invitationId: invitation.id })).toMatchObject({ ok: true })
    const second = await tokenMailedTo('twice@example.test')
    expect(second).not.toBe(first)
    expect(await viewInvitation(t.db, first)).toEqual({ state: 'invalid' })
    expect(await viewInvitation(t.db, second)).toMatchObject({ state: 'open' })

    expect(await revoke.execute(env, { workspaceId: marketing(), invitationId: invitation.id })).toMatchObject({ ok: true })
    expect(await viewInvitation(t.db, second)).toEqual({ state: 'revoked' })
  })

  it('shows an expired link as expired', async () => {
    await invite.execute(await f.envOf('admin@acme.test'), { workspaceId: marketing(), email: 'late@example.test', role: 'workspace_member' })
    const token = await tokenMailedTo('late@example.test')
    await t.db.invitation.updateMany({ where: { email: 'late@example.test' }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await viewInvitation(t.db, token)).toEqual({ state: 'expired' })
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Late', password: 'a long enough password' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})
