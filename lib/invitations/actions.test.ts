import { describe, expect } from 'vitest'
import { authenticate } from '@/lib/auth/credentials'
import { databaseSnapshot, LIMITER_MODELS, TEST_AUDIT_KEY, type Fixtures, test } from '@/test/fixtures'
import { acceptInvitation, joinWithInvitation, viewInvitation } from './accept'
import { createInvitation as invite } from './actions/create-invitation'
import { resendInvitation as resend } from './actions/resend-invitation'
import { revokeInvitation as revoke } from './actions/revoke-invitation'
import { SECRET_WITHHELD } from '@/lib/mail/outbox'
import { hashInvitationToken } from './token'

const marketing = (f: Fixtures) => f.workspace('acme/marketing').id
/** The token of the link an invite or resend issued (without SMTP it exists only in the answer to the person who invited). */
function tokenOf(result: { ok: boolean; data?: unknown }) {
  const link = (result as { data: { link: string } }).data.link
  return /\/invitations\/([\w-]+)$/.exec(link)![1]!
}

describe('invitations', () => {
  test('mails a single-use link whose token is stored only as a hash; the invitee joins with the invited role', async ({ t, f }) => {
    const result = await invite.execute(await f.envOf('wsadmin@acme.test'), {
      workspaceId: marketing(f),
      email: ' New.Person@Example.test ',
      role: 'workspace_viewer',
    })
    expect(result).toMatchObject({ ok: true, data: { added: false, email: 'new.person@example.test' } })
    const token = tokenOf(result)
    // The mail in the outbox keeps everything but the link; the full text exists only for delivery.
    const stored = await t.db.outboxMessage.findFirstOrThrow({ where: { to: 'new.person@example.test' } })
    expect(stored.body).toContain(SECRET_WITHHELD)
    expect(stored.body).not.toContain(token)
    // The answer hands over the link alone, never the mail it belongs to.
    expect(Object.keys((result as { data: object }).data).sort()).toEqual(['added', 'email', 'link'])
    const atRest = JSON.stringify([
      await t.sql('SELECT * FROM "OutboxMessage"'),
      await t.sql('SELECT * FROM "Invitation"'),
      await t.sql('SELECT * FROM "AuditEvent"'),
    ])
    expect(atRest).not.toContain(token)
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: 'new.person@example.test' } })
    expect(invitation.tokenHash).toBe(hashInvitationToken(token))
    expect(invitation.tokenHash).not.toContain(token)
    expect(await viewInvitation(t.db, token)).toMatchObject({ state: 'open', workspaceName: 'Marketing', tenantName: 'Acme Corp' })

    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Nia New', password: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { password: ['Use at least 12 characters.'] },
    })
    for (const weak of ['            ', 'aaaaaaaaaaaa', 'password1234', 'new.person@example']) {
      const refused = await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Nia New', password: weak })
      expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { password: [expect.any(String)] } })
    }
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Nia New', password: 'a long enough password' })).toEqual({
      ok: true,
      data: { email: 'new.person@example.test', userId: expect.any(String) },
    })
    const user = await t.db.user.findUniqueOrThrow({
      where: { email: 'new.person@example.test' },
      include: { tenantMemberships: true, workspaceMemberships: true },
    })
    expect(user.tenantMemberships).toMatchObject([{ tenantId: f.tenant('acme').id, role: 'tenant_member' }])
    expect(user.workspaceMemberships).toMatchObject([{ workspaceId: marketing(f), role: 'workspace_viewer' }])
    // The link came to the address: the account needs no verification of it.
    expect(user.emailVerifiedAt).not.toBeNull()
    expect(await authenticate(t.db, { email: 'new.person@example.test', password: 'a long enough password' })).toMatchObject({ ok: true })

    // Used once: a second use changes nothing but the limiter's count of dead links.
    expect(await viewInvitation(t.db, token)).toEqual({ state: 'used' })
    const before = await databaseSnapshot(t.db, { except: LIMITER_MODELS })
    const deadLinksBefore = await t.db.securityEvent.count()
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Again', password: 'a long enough password' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await databaseSnapshot(t.db, { except: LIMITER_MODELS })).toEqual(before)
    expect(await t.db.securityEvent.count()).toBe(deadLinksBefore + 1)
  })

  test('adds an existing user of the tenant directly', async ({ t, f }) => {
    const result = await invite.execute(await f.envOf('admin@acme.test'), {
      workspaceId: marketing(f),
      email: 'AUDITOR@acme.test',
      role: 'workspace_member',
    })
    expect(result).toEqual({ ok: true, data: { added: true, email: 'auditor@acme.test', link: null } })
    expect(await t.db.workspaceMembership.count({ where: { workspaceId: marketing(f), userId: f.user('auditor@acme.test').id } })).toBe(1)
  })

  test('refuses a second open invitation to the same address, and resend replaces the link', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const first = tokenOf(await invite.execute(env, { workspaceId: marketing(f), email: 'twice@example.test', role: 'workspace_member' }))
    expect(await invite.execute(env, { workspaceId: marketing(f), email: 'twice@example.test', role: 'workspace_member' })).toMatchObject({
      ok: false,
      fieldErrors: { email: ['This address already has an open invitation. Resend it from the Invitations tab.'] },
    })
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: 'twice@example.test' } })
    const second = tokenOf(await resend.execute(env, { workspaceId: marketing(f), invitationId: invitation.id }))
    expect(second).not.toBe(first)
    expect(await viewInvitation(t.db, first)).toEqual({ state: 'invalid' })
    expect(await viewInvitation(t.db, second)).toMatchObject({ state: 'open' })

    expect(await revoke.execute(env, { workspaceId: marketing(f), invitationId: invitation.id })).toMatchObject({ ok: true })
    expect(await viewInvitation(t.db, second)).toEqual({ state: 'revoked' })
  })

  test('shows an expired link as expired', async ({ t, f }) => {
    const token = tokenOf(
      await invite.execute(await f.envOf('admin@acme.test'), {
        workspaceId: marketing(f),
        email: 'late@example.test',
        role: 'workspace_member',
      }),
    )
    await t.db.invitation.updateMany({ where: { email: 'late@example.test' }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await viewInvitation(t.db, token)).toEqual({ state: 'expired' })
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Late', password: 'a long enough password' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  test('lets someone with an account in another tenant join with the same account, once signed in as the invited address', async ({
    t,
    f,
  }) => {
    const globexAdmin = await f.envOf('admin@globex.test')
    const research = f.workspace('globex/research')
    const mia = f.user('member@acme.test')
    const token = tokenOf(
      await invite.execute(globexAdmin, { workspaceId: research.id, email: 'member@acme.test', role: 'workspace_viewer' }),
    )
    expect(await viewInvitation(t.db, token)).toMatchObject({ state: 'open', hasAccount: true })

    // Creating a second account for the address is refused; so is someone else accepting it (the limiter counts both).
    const before = await databaseSnapshot(t.db, { except: LIMITER_MODELS })
    expect(await acceptInvitation(t.db, TEST_AUDIT_KEY, { token, name: 'Mia Again', password: 'a long enough password' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
    expect(
      await joinWithInvitation(t.db, TEST_AUDIT_KEY, token, f.user('viewer@acme.test').id, { ip: null, userAgent: null }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await databaseSnapshot(t.db, { except: LIMITER_MODELS })).toEqual(before)

    expect(await joinWithInvitation(t.db, TEST_AUDIT_KEY, token, mia.id, { ip: null, userAgent: null })).toEqual({
      ok: true,
      data: { workspaceId: research.id },
    })
    const memberships = await t.db.tenantMembership.findMany({ where: { userId: mia.id }, include: { tenant: true } })
    expect(memberships.map((m) => [m.tenant.slug, m.role, m.status]).sort()).toEqual([
      ['acme', 'tenant_member', 'ACTIVE'],
      ['globex', 'tenant_member', 'ACTIVE'],
    ])
    expect(
      await t.db.workspaceMembership.findUnique({ where: { workspaceId_userId: { workspaceId: research.id, userId: mia.id } } }),
    ).toMatchObject({ role: 'workspace_viewer' })
    expect(await viewInvitation(t.db, token)).toEqual({ state: 'used' })
    // Her password and her Acme memberships are untouched.
    expect(await authenticate(t.db, { email: 'member@acme.test', password: 'atrium-demo' })).toMatchObject({ ok: true })
  })

  test('refuses to invite someone disabled in this tenant until they are re-enabled', async ({ t, f }) => {
    const env = await f.envOf('admin@acme.test')
    const viewer = f.user('viewer@acme.test')
    await t.db.tenantMembership.update({
      where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: viewer.id } },
      data: { status: 'DISABLED' },
    })
    const before = await databaseSnapshot(t.db)
    expect(await invite.execute(env, { workspaceId: marketing(f), email: 'viewer@acme.test', role: 'workspace_member' })).toMatchObject({
      ok: false,
      fieldErrors: { email: ['This person is disabled in this tenant. Re-enable them on the Users page first.'] },
    })
    expect(await databaseSnapshot(t.db)).toEqual(before)
    await t.db.tenantMembership.update({
      where: { tenantId_userId: { tenantId: f.tenant('acme').id, userId: viewer.id } },
      data: { status: 'ACTIVE' },
    })
  })
})
