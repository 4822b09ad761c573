import { describe, expect } from 'vitest'
import type { User, Workspace } from '@/lib/generated/prisma/client'
import type { Permission } from '@/lib/authz/permissions'
import { PERMISSION_TABLE, READ_PERMISSIONS } from '@/test/permission-table'
import type { TestDatabase } from '@/test/database'
import { type Fixtures, TEST_SETTINGS, databaseSnapshot, test } from '@/test/fixtures'
import { randomUUID } from 'node:crypto'
import { tenantVault } from '@/lib/crypto/tenant-keys'
import { credentialAad } from '@/lib/providers/credentials'
import { issueApiKey } from '@/lib/api-keys/keys'
import { DEMO_OPERATOR, DEMO_PASSWORD } from '@/lib/demo/seed'
import { startSession } from '@/lib/sessions/service'
import { sealTotpSecret } from '@/lib/two-factor/secret-box'
import { newTotpSecret, totpCode } from '@/lib/two-factor/totp'
import { ACTIONS } from '@/lib/registry/actions'
import { AUDIT_WORDING } from '@/lib/registry/audit-events'
import type { Action } from './define-action'

/**
 * Every action × every role × every place it can be aimed at, against a real database:
 * - workspace actions: the role's own workspace, another workspace of its tenant, a
 *   workspace of another tenant, and its own workspace archived;
 * - actions on a person of the tenant: someone only in this tenant, someone shared with
 *   another tenant (whose rows there must not change), someone only in another tenant.
 * Every case starts from the seeded state; a refusal must leave every row as it was.
 */
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'WORKSPACE_ARCHIVED' | 'ENVIRONMENT_PROTECTED'
/** "protected": the role's own workspace, aimed at its protected environment (Production). */
type WorkspacePlace = 'own' | 'otherWorkspace' | 'otherTenant' | 'archived' | 'protected'
type PersonPlace = 'tenantUser' | 'sharedUser' | 'otherTenantUser'
type Place = WorkspacePlace | PersonPlace

/** Demo users by role; "own" is the workspace they hold their role in (or the default). */
const ROLES = {
  tenant_admin: { email: 'admin@acme.test', own: 'acme/marketing' },
  workspace_admin: { email: 'wsadmin@acme.test', own: 'acme/marketing' },
  workspace_member: { email: 'member@acme.test', own: 'acme/marketing' },
  workspace_viewer: { email: 'viewer@acme.test', own: 'acme/staging' },
  tenant_auditor: { email: 'auditor@acme.test', own: 'acme/marketing' },
} as const
type Role = keyof typeof ROLES

const OTHER_WORKSPACE: Record<Role, string> = {
  tenant_admin: 'acme/client-a',
  workspace_admin: 'acme/client-a',
  workspace_member: 'acme/staging',
  workspace_viewer: 'acme/marketing',
  tenant_auditor: 'acme/client-a',
}

/** The person a person-action is aimed at, by place: only in Acme, in Acme and Globex, only in Globex. */
const PEOPLE: Record<PersonPlace, string> = {
  tenantUser: 'member@acme.test',
  sharedUser: 'both@example.test',
  otherTenantUser: 'admin@globex.test',
}

function expected(action: Pick<Action<never, unknown>, 'name' | 'permission' | 'accountScoped'>, role: Role, place: Place): Outcome {
  // One's account as oneself (creating an organisation): every verified person, on an instance that lets anyone.
  // The platform's actions are an operator's, and none of these roles is one.
  if (action.accountScoped) return action.permission === 'platform.operate' ? 'FORBIDDEN' : 'ok'
  const permission = action.permission as Permission
  const reach = PERMISSION_TABLE[permission][role]
  // A tenant-level thing of another tenant: unknown to those who may act on their own tenant's.
  if (place === 'otherTenant') return CASES[action.name]!.tenantResource && !reach ? 'FORBIDDEN' : 'NOT_FOUND'
  if (place === 'otherTenantUser') return reach ? 'NOT_FOUND' : 'FORBIDDEN'
  if (place === 'archived') {
    // Workspace roles are void in an archived workspace; tenant roles may read it, and restore it.
    if (reach !== 'all') return 'FORBIDDEN'
    if (permission === 'workspace.restore') return 'ok'
    if (!READ_PERMISSIONS.has(permission)) return 'WORKSPACE_ARCHIVED'
    return CASES[action.name]!.onArchivedRead ?? 'ok'
  }
  if (!reach) return 'FORBIDDEN'
  if (place === 'protected') return 'ENVIRONMENT_PROTECTED'
  return reach === 'all' || place === 'own' || place === 'tenantUser' || place === 'sharedUser' ? 'ok' : 'FORBIDDEN'
}

let call = 0
/** An open invitation per workspace, made directly in the database for resend/revoke. */
const openInvitations = new Map<string, string>()
async function openInvitation(t: TestDatabase, w: { id: string; tenantId: string }) {
  const invitation = await t.db.invitation.create({
    data: {
      tenantId: w.tenantId,
      workspaceId: w.id,
      email: `open-${++call}@example.test`,
      role: 'workspace_viewer',
      tokenHash: `hash-${call}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  })
  openInvitations.set(w.id, invitation.id)
}

/** Where a case is aimed inside its workspace, and by whom; and the file's database and its fixtures. */
interface Aim {
  /** The environment resource actions write: "development", or "production" for the protected place. */
  environment: string
  actor: User
  t: TestDatabase
  f: Fixtures
}

const AGENT = {
  name: 'Matrix agent',
  instructions: 'Answer.',
  model: 'openai/gpt-4.1',
  tools: ['web_search'],
  trigger: 'manual',
  enabled: true,
}

async function environmentOf(t: TestDatabase, workspace: Workspace, slug: string) {
  return t.db.environment.findFirstOrThrow({ where: { workspaceId: workspace.id, slug } })
}

/** Puts an agent into an environment directly (behind Atrium's back where it is protected), with `revisions` revisions. */
async function putAgent(t: TestDatabase, workspace: Workspace, slug: string, key: string, revisions = 1) {
  const environment = await environmentOf(t, workspace, slug)
  return t.behindAtriumsBack(async (tx) => {
    const place = { tenantId: workspace.tenantId, workspaceId: workspace.id, environmentId: environment.id }
    const resource = await tx.resource.create({ data: { ...place, kind: 'agent', key, spec: AGENT, revision: revisions } })
    for (let number = 1; number <= revisions; number++) {
      await tx.resourceRevision.create({
        data: { ...place, resourceId: resource.id, number, spec: { ...AGENT, name: `Version ${number}` } },
      })
    }
    return resource
  })
}

/** The resource, release or environment each case's prepare made, by workspace. */
const prepared = new Map<string, { id: string; revision?: number; slug?: string }>()

/** A release from Development to Staging carrying one new agent, in the given state. */
async function putRelease(t: TestDatabase, workspace: Workspace, status: 'draft' | 'in_review' | 'approved', authorId: string) {
  const key = `released-${++call}`
  await putAgent(t, workspace, 'development', key)
  const [source, target] = [await environmentOf(t, workspace, 'development'), await environmentOf(t, workspace, 'staging')]
  const place = { tenantId: workspace.tenantId, workspaceId: workspace.id }
  const release = await t.db.release.create({
    data: { ...place, sourceEnvironmentId: source.id, targetEnvironmentId: target.id, title: `Release ${call}`, status, authorId },
  })
  await t.db.releaseItem.create({ data: { ...place, releaseId: release.id, kind: 'agent', key, change: 'new', spec: AGENT } })
  if (status === 'approved') {
    // Approved by someone whose approval counts: an active tenant admin of the workspace's tenant.
    const reviewer = await t.db.tenantMembership.findFirstOrThrow({
      where: { tenantId: workspace.tenantId, role: 'tenant_admin', status: 'ACTIVE', userId: { not: authorId } },
    })
    await t.db.releaseApproval.create({ data: { ...place, releaseId: release.id, reviewerId: reviewer.userId } })
  }
  prepared.set(workspace.id, { id: release.id })
}

/** An input aimed at the resource this case's prepare put into the aimed environment. */
async function onPreparedResource(workspace: Workspace, aim: Aim, fields: Record<string, unknown>) {
  const environmentId = (await environmentOf(aim.t, workspace, aim.environment)).id
  return { workspaceId: workspace.id, environmentId, resourceId: prepared.get(workspace.id)!.id, ...fields }
}

/** The release this case's prepare made. */
const onPreparedRelease = (workspace: Workspace, fields: Record<string, unknown> = {}) => ({
  workspaceId: workspace.id,
  releaseId: prepared.get(workspace.id)!.id,
  ...fields,
})

/** A new empty environment, last in the workspace's order. */
async function putEnvironment(t: TestDatabase, workspace: Workspace) {
  const slug = `scratch-${++call}`
  const data = { tenantId: workspace.tenantId, workspaceId: workspace.id, name: 'Scratch', slug, position: 100 + call }
  prepared.set(workspace.id, { id: (await t.db.environment.create({ data })).id, slug })
}

const anotherAuthor = (f: Fixtures) => f.user('pat@acme.test').id

/** A provider credential of the workspace's tenant (on a loopback port nobody listens on), optionally granted to it. */
async function putCredential(t: TestDatabase, workspace: Workspace, { granted = false } = {}) {
  const id = randomUUID()
  const vault = tenantVault(t.db, TEST_SETTINGS.encryptionKeys, workspace.tenantId)
  await t.db.providerCredential.create({
    data: {
      id,
      tenantId: workspace.tenantId,
      provider: 'openai_compatible',
      name: `Matrix credential ${++call}`,
      baseUrl: 'http://127.0.0.1:9/v1',
      sealedSecret: await vault.seal(credentialAad(workspace.tenantId, id), 'sk-matrix-0123456789'),
      fingerprint: 'sk-…6789',
    },
  })
  if (granted) await t.db.providerGrant.create({ data: { tenantId: workspace.tenantId, credentialId: id, workspaceId: workspace.id } })
  prepared.set(workspace.id, { id })
}
/** An API key bound to the workspace, made by an admin of its tenant. */
async function putApiKey(t: TestDatabase, workspace: Workspace) {
  const admin = await t.db.tenantMembership.findFirstOrThrow({ where: { tenantId: workspace.tenantId, role: 'tenant_admin' } })
  const { row } = await t.db.$transaction((tx) =>
    issueApiKey(tx, {
      tenantId: workspace.tenantId,
      workspaceId: workspace.id,
      name: `Matrix key ${++call}`,
      scopes: ['read'],
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: admin.userId,
    }),
  )
  prepared.set(workspace.id, { id: row.id })
}

const onPreparedCredential = (workspace: Workspace, fields: Record<string, unknown> = {}) => ({
  credentialId: prepared.get(workspace.id)!.id,
  ...fields,
})

interface ActionCase {
  /** A valid input against the target workspace (or person), asking for a real change on every call. */
  input(workspace: Workspace, person: User, aim: Aim): Record<string, unknown> | Promise<Record<string, unknown>>
  /** Puts the target in the state the action needs (e.g. archived, to restore it). */
  prepare?(workspace: Workspace, aim: Aim): Promise<unknown>
  /** The action writes an environment's resources: it is also aimed at a protected one. */
  writesEnvironment?: true
  /** The action is aimed at a person of the tenant rather than at a workspace. */
  person?: true
  /** What a read action answers on an archived workspace when the role may read it. */
  onArchivedRead?: Outcome
  /**
   * The action names a tenant-level thing (a provider credential), made by prepare() in the
   * target workspace's tenant: aimed at the role's own tenant and at another tenant.
   */
  tenantResource?: true
  /** The action prepares a change that only a later step makes (starting two-factor set-up): nothing to audit yet. */
  auditsNothing?: true
}

/**
 * A support session in a tenant, as the support cases need it: another operator's than the
 * demo's, whose own sessions the operator matrix below arranges.
 */
let supportSessionId = ''
const remember = (id: string) => (supportSessionId = id)
const lastSession = () => ({ sessionId: supportSessionId })
async function supportSessionOf(t: TestDatabase, tenantId: string, status: 'requested' | 'active') {
  const operator = await t.db.user.upsert({
    where: { email: 'second-operator@atrium.test' },
    create: {
      email: 'second-operator@atrium.test',
      name: 'Second Operator',
      passwordHash: 'none',
      isPlatformAdmin: true,
      emailVerifiedAt: new Date(),
    },
    update: {},
  })
  await t.sql(
    `UPDATE "SupportSession" SET status = 'ended', "endedAt" = now(), "endReason" = 'operator' WHERE "operatorId" = $1 AND status IN ('requested', 'active')`,
    [operator.id],
  )
  const now = new Date()
  const session = await t.db.supportSession.create({
    data: {
      tenantId,
      operatorId: operator.id,
      reason: 'Looking into a failing release',
      durationMinutes: 60,
      mode: 'read_only',
      status,
      ...(status === 'active' ? { startedAt: now, endsAt: new Date(now.getTime() + 60 * 60_000) } : {}),
    },
  })
  return session.id
}

/** A second factor the acting person has (confirmed) or is setting up, for the account cases. */
async function putTwoFactor(t: TestDatabase, userId: string, confirmed: boolean) {
  const secret = newTotpSecret()
  // The demo's operator has one from the demo data.
  await t.db.twoFactor.deleteMany({ where: { userId } })
  await t.db.twoFactor.create({
    data: { userId, ...sealTotpSecret(TEST_SETTINGS.encryptionKeys, userId, secret), confirmedAt: confirmed ? new Date() : null },
  })
  return secret
}
const twoFactorSecrets = new Map<string, string>()
const currentCode = (userId: string) => totpCode(twoFactorSecrets.get(userId)!)

const CASES: Record<string, ActionCase> = {
  'workspace.updateSettings': {
    input: (w) => ({ workspaceId: w.id, name: `Renamed ${++call}`, description: `Changed ${call}`, color: 'green' }),
  },
  'workspace.create': {
    input: () => ({ name: `Created ${++call}`, slug: `created-${call}`, color: 'teal' }),
  },
  'workspace.archive': { input: (w) => ({ workspaceId: w.id, confirmSlug: w.slug }) },
  'workspace.restore': {
    input: (w) => ({ workspaceId: w.id }),
    prepare: async (w, { t }) => {
      await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [w.id])
    },
  },
  'workspace.setDefault': { input: (w) => ({ workspaceId: w.id }) },
  'workspace.switch': { input: (w) => ({ workspaceId: w.id }), onArchivedRead: 'WORKSPACE_ARCHIVED' },
  'member.add': {
    // Someone of the workspace's tenant who is not yet a member (anyone, in a tenant where everyone is).
    input: async (w, _, { t }) => {
      const notYetMember = { workspaceMemberships: { none: { workspaceId: w.id } } }
      const user =
        (await t.db.user.findFirst({ where: { ...notYetMember, tenantMemberships: { some: { tenantId: w.tenantId } } } })) ??
        (await t.db.user.findFirstOrThrow({ where: notYetMember }))
      return { workspaceId: w.id, userId: user.id, role: 'workspace_viewer' }
    },
  },
  'member.changeRole': {
    input: async (w, _, { t }) => {
      const member = await t.db.workspaceMembership.findFirstOrThrow({ where: { workspaceId: w.id, role: { not: 'workspace_admin' } } })
      return {
        workspaceId: w.id,
        userId: member.userId,
        role: member.role === 'workspace_viewer' ? 'workspace_member' : 'workspace_viewer',
      }
    },
  },
  // Aimed at a person: people are seeded as tenant members (Gus as Globex's admin), so each input is a change.
  'tenantUser.changeRole': { person: true, input: (_, person) => ({ userId: person.id, role: 'tenant_auditor' }) },
  'tenantUser.setStatus': { person: true, input: (_, person) => ({ userId: person.id, status: 'DISABLED' }) },
  'tenantUser.remove': { person: true, input: (_, person) => ({ userId: person.id }) },
  'invitation.create': { input: (w) => ({ workspaceId: w.id, email: `invitee-${++call}@example.test`, role: 'workspace_member' }) },
  'invitation.resend': {
    input: (w) => ({ workspaceId: w.id, invitationId: openInvitations.get(w.id)! }),
    prepare: (w, { t }) => openInvitation(t, w),
  },
  'invitation.revoke': {
    input: (w) => ({ workspaceId: w.id, invitationId: openInvitations.get(w.id)! }),
    prepare: (w, { t }) => openInvitation(t, w),
  },
  'resource.create': {
    writesEnvironment: true,
    input: async (w, _, aim) => ({
      workspaceId: w.id,
      environmentId: (await environmentOf(aim.t, w, aim.environment)).id,
      kind: 'agent',
      key: `agent-${++call}`,
      spec: AGENT,
    }),
  },
  'resource.update': {
    writesEnvironment: true,
    prepare: async (w, aim) => prepared.set(w.id, await putAgent(aim.t, w, aim.environment, `agent-${++call}`)),
    input: (w, _, aim) => onPreparedResource(w, aim, { baseRevision: 1, spec: { ...AGENT, name: `Renamed ${++call}` } }),
  },
  'resource.delete': {
    writesEnvironment: true,
    prepare: async (w, aim) => prepared.set(w.id, await putAgent(aim.t, w, aim.environment, `agent-${++call}`)),
    input: (w, _, aim) => onPreparedResource(w, aim, { baseRevision: 1 }),
  },
  'resource.restoreRevision': {
    writesEnvironment: true,
    prepare: async (w, aim) => prepared.set(w.id, await putAgent(aim.t, w, aim.environment, `agent-${++call}`, 2)),
    input: (w, _, aim) => onPreparedResource(w, aim, { number: 1 }),
  },
  'environment.create': { input: (w) => ({ workspaceId: w.id, name: `Preview ${++call}`, slug: `preview-${call}` }) },
  'environment.update': {
    input: async (w, _, { t }) => ({
      workspaceId: w.id,
      environmentId: (await environmentOf(t, w, 'staging')).id,
      name: `Renamed ${++call}`,
      description: '',
      releasesToId: (await environmentOf(t, w, 'production')).id,
      isProtected: false,
    }),
  },
  'environment.move': {
    prepare: (w, { t }) => putEnvironment(t, w),
    input: (w) => ({ workspaceId: w.id, environmentId: prepared.get(w.id)!.id, direction: 'up' }),
  },
  'environment.delete': {
    prepare: (w, { t }) => putEnvironment(t, w),
    input: (w) => ({ workspaceId: w.id, environmentId: prepared.get(w.id)!.id, confirmSlug: prepared.get(w.id)!.slug }),
  },
  'environment.setReviewRules': {
    prepare: (w, { t }) => putEnvironment(t, w),
    input: (w) => ({
      workspaceId: w.id,
      environmentId: prepared.get(w.id)!.id,
      requiredApprovals: 0,
      allowSelfApproval: true,
      reviewers: 'admins',
    }),
  },
  'release.draft': {
    prepare: async (w, { t }) => {
      await putAgent(t, w, 'development', `agent-${++call}`)
    },
    input: async (w, _, { t }) => ({
      workspaceId: w.id,
      sourceEnvironmentId: (await environmentOf(t, w, 'development')).id,
      title: `Release ${++call}`,
      changes: [`agent:agent-${call - 1}`],
    }),
  },
  // The author's own actions: the acting person wrote the release.
  'release.edit': {
    prepare: (w, aim) => putRelease(aim.t, w, 'in_review', aim.actor.id),
    input: (w) => onPreparedRelease(w, { title: `Edited ${++call}`, notes: '' }),
  },
  'release.submit': {
    prepare: (w, aim) => putRelease(aim.t, w, 'draft', aim.actor.id),
    input: (w) => onPreparedRelease(w),
  },
  'release.withdraw': {
    prepare: (w, aim) => putRelease(aim.t, w, 'in_review', aim.actor.id),
    input: (w) => onPreparedRelease(w),
  },
  'release.refresh': {
    prepare: (w, aim) => putRelease(aim.t, w, 'in_review', aim.actor.id),
    input: (w) => onPreparedRelease(w),
  },
  // Reviewers' actions: someone else wrote the release.
  'release.approve': {
    prepare: (w, { t, f }) => putRelease(t, w, 'in_review', anotherAuthor(f)),
    input: (w) => onPreparedRelease(w),
  },
  'release.reject': {
    prepare: (w, { t, f }) => putRelease(t, w, 'in_review', anotherAuthor(f)),
    input: (w) => onPreparedRelease(w, { reason: 'Not yet.' }),
  },
  'release.apply': {
    prepare: (w, { t, f }) => putRelease(t, w, 'approved', anotherAuthor(f)),
    input: (w) => onPreparedRelease(w),
  },
  'release.rollback': {
    // An applied release into Staging of nothing at all, and an agent in Staging since: rolling back removes it.
    prepare: async (w, { t }) => {
      const [source, target] = [await environmentOf(t, w, 'development'), await environmentOf(t, w, 'staging')]
      const release = await t.db.release.create({
        data: {
          ...{ tenantId: w.tenantId, workspaceId: w.id, sourceEnvironmentId: source.id, targetEnvironmentId: target.id },
          ...{ title: 'Empty', status: 'applied', number: ++call, appliedAt: new Date(), contentHash: 'x', snapshot: [] },
        },
      })
      await putAgent(t, w, 'staging', `agent-${++call}`)
      prepared.set(w.id, { id: release.id })
    },
    input: (w) => onPreparedRelease(w),
  },
  'credential.add': {
    input: () => ({
      provider: 'openai_compatible',
      name: `Added ${++call}`,
      baseUrl: 'http://127.0.0.1:9/v1',
      secret: 'sk-matrix-0123456789',
    }),
  },
  'credential.rotate': {
    tenantResource: true,
    prepare: (w, { t }) => putCredential(t, w),
    input: (w) => onPreparedCredential(w, { secret: 'sk-rotated-0123456789' }),
  },
  'credential.setEnabled': {
    tenantResource: true,
    prepare: (w, { t }) => putCredential(t, w),
    input: (w) => onPreparedCredential(w, { enabled: false }),
  },
  'credential.delete': { tenantResource: true, prepare: (w, { t }) => putCredential(t, w), input: (w) => onPreparedCredential(w) },
  'credential.test': { tenantResource: true, prepare: (w, { t }) => putCredential(t, w), input: (w) => onPreparedCredential(w) },
  'credential.grant': {
    tenantResource: true,
    prepare: (w, { t }) => putCredential(t, w),
    input: (w) => onPreparedCredential(w, { workspaceId: w.id, monthlyBudget: 100 }),
  },
  'credential.revokeGrant': {
    tenantResource: true,
    prepare: (w, { t }) => putCredential(t, w, { granted: true }),
    input: (w) => onPreparedCredential(w, { workspaceId: w.id }),
  },
  'apiKey.create': { input: (w) => ({ name: `Key ${++call}`, workspaceId: w.id, scopes: ['read'], expiresIn: '30' }) },
  'apiKey.rename': {
    prepare: (w, { t }) => putApiKey(t, w),
    input: (w) => ({ apiKeyId: prepared.get(w.id)!.id, workspaceId: w.id, name: `Renamed key ${++call}` }),
  },
  'apiKey.revoke': { prepare: (w, { t }) => putApiKey(t, w), input: (w) => ({ apiKeyId: prepared.get(w.id)!.id, workspaceId: w.id }) },
  'apiKey.rotate': {
    prepare: (w, { t }) => putApiKey(t, w),
    input: (w) => ({ apiKeyId: prepared.get(w.id)!.id, workspaceId: w.id, grace: '1h' }),
  },
  // One's own account: every role, in its own tenant.
  'session.end': {
    prepare: async (w, aim) =>
      prepared.set(w.id, { id: await startSession(aim.t.db, aim.actor.id, { ip: null, userAgent: 'other device' }) }),
    input: (w) => ({ sessionId: prepared.get(w.id)!.id }),
  },
  'session.signOutEverywhere': { input: () => ({}) },
  'account.changePassword': { input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: `tiles-garnet-oxbow-${++call}` }) },
  'account.beginTwoFactor': { auditsNothing: true, input: () => ({}) },
  'account.confirmTwoFactor': {
    prepare: async (_, aim) => twoFactorSecrets.set(aim.actor.id, await putTwoFactor(aim.t, aim.actor.id, false)),
    input: (_w, _p, aim) => ({ password: DEMO_PASSWORD, code: currentCode(aim.actor.id) }),
  },
  'account.disableTwoFactor': {
    prepare: async (_, aim) => twoFactorSecrets.set(aim.actor.id, await putTwoFactor(aim.t, aim.actor.id, true)),
    input: (_w, _p, aim) => ({ password: DEMO_PASSWORD, code: currentCode(aim.actor.id) }),
  },
  'account.renewRecoveryCodes': {
    prepare: async (_, aim) => twoFactorSecrets.set(aim.actor.id, await putTwoFactor(aim.t, aim.actor.id, true)),
    input: (_w, _p, aim) => ({ code: currentCode(aim.actor.id) }),
  },
  // Only someone with a second factor may require one of everybody.
  'tenant.setTwoFactorRequirement': {
    prepare: async (_, aim) => twoFactorSecrets.set(aim.actor.id, await putTwoFactor(aim.t, aim.actor.id, true)),
    input: () => ({ required: 'on' }),
  },
  // Organisations. Creating one is the person's own (an account action), in no tenant.
  'organisation.create': { input: () => ({ name: `Organisation ${++call}`, slug: `organisation-${call}` }) },
  'organisation.rename': { input: () => ({ name: `Acme renamed ${++call}` }) },
  // Only a tenant admin with a second factor may schedule it, after the slug and their password.
  'organisation.scheduleDeletion': {
    prepare: async (_, aim) => twoFactorSecrets.set(aim.actor.id, await putTwoFactor(aim.t, aim.actor.id, true)),
    input: () => ({ confirmSlug: 'acme', password: DEMO_PASSWORD }),
  },
  'organisation.cancelDeletion': {
    prepare: async (w, { t }) => {
      await t.sql(`UPDATE "Tenant" SET "deletionScheduledAt" = now(), "deletionDueAt" = now() + interval '7 days' WHERE id = $1`, [
        w.tenantId,
      ])
    },
    input: (w) => ({ organisationId: w.tenantId }),
  },
  // Support access: the organisation's tenant admins decide on an operator's request and end a live session.
  'support.approve': { prepare: (w, aim) => supportSessionOf(aim.t, w.tenantId, 'requested').then(remember), input: () => lastSession() },
  'support.deny': { prepare: (w, aim) => supportSessionOf(aim.t, w.tenantId, 'requested').then(remember), input: () => lastSession() },
  'support.revoke': { prepare: (w, aim) => supportSessionOf(aim.t, w.tenantId, 'active').then(remember), input: () => lastSession() },
  'tenant.setSupportAccess': { input: () => ({ policy: 'off' }) },
  // The platform's: an operator's alone (the operator's own matrix is below).
  'support.request': { input: (w) => ({ tenantId: w.tenantId, reason: 'Ticket 42: a failing release', code: '000000' }) },
  'support.end': { prepare: (w, aim) => supportSessionOf(aim.t, w.tenantId, 'active').then(remember), input: () => lastSession() },
  'platform.suspendOrganisation': { input: (w) => ({ tenantId: w.tenantId, reason: 'Unpaid invoices' }) },
  'platform.reactivateOrganisation': { input: (w) => ({ tenantId: w.tenantId }) },
  'platform.setWorkspaceLimit': { input: (w) => ({ tenantId: w.tenantId, limit: 7 }) },
  'platform.setAccountStatus': { input: (_, person) => ({ userId: person.id, status: 'DISABLED' }) },
  'platform.removeTwoFactor': { input: (_, person) => ({ userId: person.id }) },
  'platform.endAccountSessions': { input: (_, person) => ({ userId: person.id }) },
  'platform.setInstanceSettings': {
    input: () => ({ signUpPolicy: 'open', organisationCreation: 'operators', organisationsPerAccount: 3 }),
  },
  'platform.setOperator': { input: (_, person) => ({ email: person.email, operator: 'yes' }) },
  'platform.createOrganisation': {
    input: () => ({ name: `For someone ${++call}`, slug: `for-someone-${call}`, adminEmail: 'new@example.test' }),
  },
  'platform.scheduleDeletion': { input: (w) => ({ tenantId: w.tenantId, confirmSlug: 'acme', code: '000000' }) },
  'platform.cancelDeletion': { input: (w) => ({ tenantId: w.tenantId }) },
  'member.remove': {
    input: async (w, _, { t }) => {
      const member = await t.db.workspaceMembership.findFirstOrThrow({ where: { workspaceId: w.id, role: { not: 'workspace_admin' } } })
      return { workspaceId: w.id, userId: member.userId }
    },
  },
}

// Every case starts from the seeded state: nothing archived, the seeded defaults, accounts and memberships.
test.beforeEach(async ({ f }) => {
  await f.resetWorkspaceLifecycle()
  await f.resetPeople()
})

/** Every registered action: a new one fails "has a case for every registered action" by name until CASES covers it. */
const DEFINED_ACTIONS: readonly Action<never, unknown>[] = ACTIONS as unknown as Action<never, unknown>[]

/** The audit entries appended after the chains' heads were `heads`. */
function entriesSince(t: TestDatabase, heads: { tenantId: string; seq: number }[]) {
  const known = heads.map((head) => ({ tenantId: head.tenantId, seq: { gt: head.seq } }))
  return t.db.auditEvent.findMany({ where: { OR: [...known, { tenantId: { notIn: heads.map((head) => head.tenantId) } }] } })
}

function placesOf(action: Action<never, unknown>): readonly Place[] {
  if (CASES[action.name]?.person) return ['tenantUser', 'sharedUser', 'otherTenantUser']
  if (CASES[action.name]?.tenantResource) return ['own', 'otherTenant']
  // A tenant-level action (create) acts in the caller's own tenant: there is no other place to aim it at.
  if (!action.workspaceScoped) return ['own']
  const places: Place[] = ['own', 'otherWorkspace', 'otherTenant', 'archived']
  return CASES[action.name]?.writesEnvironment ? [...places, 'protected'] : places
}

function workspaceKey(role: Role, place: Place): string {
  if (place === 'otherWorkspace') return OTHER_WORKSPACE[role]
  if (place === 'otherTenant') return 'globex/operations'
  return ROLES[role].own
}

/** What a person's rows look like from every tenant but the acting one. */
async function elsewhere(t: TestDatabase, userId: string, actingTenantId: string) {
  return {
    account: await t.db.user.findUniqueOrThrow({ where: { id: userId } }),
    tenantMemberships: await t.db.tenantMembership.findMany({
      where: { userId, tenantId: { not: actingTenantId } },
      orderBy: { id: 'asc' },
    }),
    workspaceMemberships: await t.db.workspaceMembership.findMany({
      where: { userId, workspace: { tenantId: { not: actingTenantId } } },
      orderBy: { id: 'asc' },
    }),
  }
}

describe('authorisation matrix', () => {
  test('has a case for every registered action, and no case for an action that does not exist', () => {
    const names = DEFINED_ACTIONS.map((action) => action.name).sort()
    expect(new Set(names).size, 'action names are unique').toBe(names.length)
    expect(names).toEqual(Object.keys(CASES).sort())
  })

  for (const action of DEFINED_ACTIONS) {
    for (const role of Object.keys(ROLES) as Role[]) {
      for (const place of placesOf(action)) {
        const outcome = expected(action, role, place)
        test(`${action.name}: ${role} on ${place} → ${outcome}`, async ({ t, f }) => {
          const key = workspaceKey(role, place)
          const actionCase = CASES[action.name]!
          const aim = { environment: place === 'protected' ? 'production' : 'development', actor: f.user(ROLES[role].email), t, f }
          if (place === 'archived')
            await t.sql(`UPDATE "Workspace" SET status = 'ARCHIVED', "archivedAt" = now() WHERE id = $1`, [f.workspace(key).id])
          await actionCase.prepare?.(f.workspace(key), aim)
          const target = await t.db.workspace.findUniqueOrThrow({ where: { id: f.workspace(key).id } })
          const person = f.user(place in PEOPLE ? PEOPLE[place as PersonPlace] : 'member@acme.test')
          const env = await f.envOf(ROLES[role].email)
          const before = await databaseSnapshot(t.db)
          const headsBefore = await t.db.auditHead.findMany()
          const personElsewhere = await elsewhere(t, person.id, target.tenantId)
          const result = await action.execute(env, await actionCase.input(target, person, aim))
          if (outcome === 'ok') {
            expect(result).toMatchObject({ ok: true })
            const after = await databaseSnapshot(t.db)
            if (!actionCase.auditsNothing) expect(after.auditEvents).toBeGreaterThan(before.auditEvents)
            // Every entry it wrote is a declared event, so the log can put it into words.
            for (const entry of await entriesSince(t, headsBefore)) expect(AUDIT_WORDING.names).toContain(entry.action)
            // Acting on a person shared with another tenant changes nothing of them there.
            if (actionCase.person) expect(await elsewhere(t, person.id, target.tenantId)).toEqual(personElsewhere)
          } else {
            expect(result).toMatchObject({ ok: false, code: outcome })
            expect(await databaseSnapshot(t.db)).toEqual(before)
          }
        })
      }
    }
  }
})

/**
 * The platform operator as a principal (docs/architecture.md §15): a stranger to every
 * organisation unless a live support session it granted says otherwise, and then an
 * auditor (read-only) or a tenant admin (read-write), never deciding on support access,
 * deleting the organisation or acting on their own account through it.
 */
type OperatorState =
  'no session' | 'read-only session' | 'read-write session' | 'expired session' | 'revoked session' | 'support access off'
const OPERATOR_STATES: OperatorState[] = [
  'no session',
  'read-only session',
  'read-write session',
  'expired session',
  'revoked session',
  'support access off',
]
/**
 * Transcribed independently of lib/authz: what a support session never gives (support access
 * itself, reviewing releases, people, keys, the organisation's settings and deletion, the
 * operator's own account).
 */
const NEVER_THROUGH_SUPPORT = new Set([
  'support.manage',
  'releases.review',
  'members.manage',
  'members.overrideLastAdmin',
  'tenant.manage',
  'apiKeys.manage',
  'tenant.delete',
  'account.manage',
])

function expectedForOperator(action: Action<never, unknown>, state: OperatorState): Outcome {
  const live = state === 'read-only session' || state === 'read-write session'
  // Nobody enters an organisation scheduled for deletion, an operator's session included.
  if (!live || CASES[action.name]!.prepare === CASES['organisation.cancelDeletion']!.prepare) return 'NOT_FOUND'
  if (NEVER_THROUGH_SUPPORT.has(action.permission)) return 'FORBIDDEN'
  const place: Place = CASES[action.name]?.person ? 'tenantUser' : 'own'
  return expected(action, state === 'read-write session' ? 'tenant_admin' : 'tenant_auditor', place)
}

/** Puts the operator's support access to Acme in `state`, and nothing else open. */
async function arrangeOperator(t: TestDatabase, acmeId: string, operatorId: string, state: OperatorState) {
  await t.sql(
    `UPDATE "SupportSession" SET status = 'ended', "endedAt" = now(), "endReason" = 'operator' WHERE status IN ('requested', 'active')`,
  )
  const readWrite = state === 'read-write session'
  const policy = state === 'support access off' ? 'off' : 'on_approval'
  // A live session needs the operator's second factor: as the demo data set it up.
  await t.db.twoFactor.deleteMany({ where: { userId: operatorId } })
  await t.db.twoFactor.create({
    data: {
      userId: operatorId,
      ...sealTotpSecret(TEST_SETTINGS.encryptionKeys, operatorId, DEMO_OPERATOR.totpSecret),
      confirmedAt: new Date(),
    },
  })
  await t.sql(`UPDATE "Tenant" SET "supportAccess" = $2::"SupportAccessPolicy", "supportReadWrite" = $3 WHERE id = $1`, [
    acmeId,
    policy,
    readWrite,
  ])
  if (state === 'no session') return
  const started = state === 'expired session' ? "now() - interval '61 minutes'" : 'now()'
  const ended = state === 'revoked session'
  await t.sql(
    `INSERT INTO "SupportSession" (id, "tenantId", "operatorId", reason, "durationMinutes", mode, status, "startedAt", "endsAt", "endedAt", "endReason")
     VALUES (gen_random_uuid(), $1, $2, 'Matrix', 60, $3::"SupportSessionMode", $4::"SupportSessionStatus", ${started}, ${started} + interval '60 minutes', $5, $6)`,
    [
      acmeId,
      operatorId,
      readWrite ? 'read_write' : 'read_only',
      ended ? 'ended' : 'active',
      ended ? new Date() : null,
      ended ? 'revoked' : null,
    ],
  )
}

describe('authorisation matrix: the platform operator', () => {
  for (const action of DEFINED_ACTIONS.filter((a) => !a.accountScoped)) {
    for (const state of OPERATOR_STATES) {
      const outcome = expectedForOperator(action, state)
      test(`${action.name}: operator with ${state} → ${outcome}`, async ({ t, f }) => {
        const operator = f.user(DEMO_OPERATOR.email)
        const actionCase = CASES[action.name]!
        const personPlace = actionCase.person ? 'tenantUser' : null
        const key = ROLES.tenant_admin.own
        const aim = { environment: 'development', actor: operator, t, f }
        await arrangeOperator(t, f.tenant('acme').id, operator.id, state)
        twoFactorSecrets.set(operator.id, DEMO_OPERATOR.totpSecret)
        // One's own account is never reached through a support session: its cases' set-up (a second
        // factor being set up) would only change the operator's own, which the session depends on.
        if (action.permission !== 'account.manage') await actionCase.prepare?.(f.workspace(key), aim)
        const target = await t.db.workspace.findUniqueOrThrow({ where: { id: f.workspace(key).id } })
        const person = f.user(personPlace ? PEOPLE[personPlace] : 'member@acme.test')
        const env = await f.envOf(DEMO_OPERATOR.email, key)
        const before = await databaseSnapshot(t.db)
        const result = await action.execute(env, await actionCase.input(target, person, aim))
        if (outcome === 'ok') {
          expect(result).toMatchObject({ ok: true })
          // Whatever it wrote names the session it was made through.
          const entries = await t.db.auditEvent.findMany({
            where: { tenantId: target.tenantId, actorId: operator.id },
            orderBy: { seq: 'desc' },
            take: 1,
          })
          const mode = state === 'read-write session' ? 'read_write' : 'read_only'
          if (!actionCase.auditsNothing) expect(entries[0]?.data).toMatchObject({ asSupport: { mode } })
        } else {
          expect(result).toMatchObject({ ok: false, code: outcome })
          expect(await databaseSnapshot(t.db)).toEqual(before)
        }
      })
    }
  }
})
