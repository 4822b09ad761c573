import type { Prisma } from '@/lib/generated/prisma/client'

type Data = Record<string, Prisma.JsonValue>

function asObject(value: Prisma.JsonValue | undefined): Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
}

const role = (value: Prisma.JsonValue | undefined) => String(value ?? '').replace('workspace_', '')

/** Human wording of an audit entry, e.g. "renamed workspace Marketing to Brand"; a change made through the API says with which key. */
/** Seconds in words: "30 seconds", "2 minutes". */
function duration(seconds: unknown): string {
  const s = Number(seconds) || 0
  return s < 60 ? `${s} seconds` : `${Math.round(s / 60)} minute${Math.round(s / 60) === 1 ? '' : 's'}`
}

export function describeAuditEvent(event: { action: string; data: Prisma.JsonValue }): string {
  const apiKey = asObject(asObject(event.data).apiKey)
  const wording = describeChange(event)
  return apiKey.name ? `${wording} (through API key ${String(apiKey.name)}, ${String(apiKey.start ?? '')}…)` : wording
}

function describeChange(event: { action: string; data: Prisma.JsonValue }): string {
  const data = asObject(event.data)
  switch (event.action) {
    case 'workspace.created':
      return `created workspace ${String(data.name ?? '')}`.trim()
    case 'workspace.updated': {
      const before = asObject(data.before)
      const after = asObject(data.after)
      const parts: string[] = []
      if ('name' in after) parts.push(`renamed workspace ${String(before.name)} to ${String(after.name)}`)
      if ('description' in after) parts.push('changed the description')
      if ('color' in after) parts.push(`changed the colour to ${String(after.color)}`)
      return parts.join(', ') || 'updated the workspace'
    }
    case 'workspace.archived':
      return `archived workspace ${String(data.name ?? '')}`
    case 'workspace.restored':
      return `restored workspace ${String(data.name ?? '')}`
    case 'workspace.defaultSet':
      return data.previousDefault
        ? `made ${String(data.name ?? '')} the default workspace instead of ${String(data.previousDefault)}`
        : `made ${String(data.name ?? '')} the default workspace`
    case 'session.signedIn':
      return 'signed in'
    case 'session.signInFailed':
      return data.reason === 'disabled' ? 'was refused sign-in (account disabled)' : 'failed to sign in (wrong password)'
    case 'session.signedOut':
      return 'signed out'
    case 'session.lockedOut':
      return `was locked out of signing in for ${duration(data.seconds)} after repeated wrong ${data.after === 'secondFactor.failed' ? 'codes' : 'passwords'}`
    case 'session.ended':
      return `ended their session on ${String(data.device ?? 'another device')}`
    case 'session.signedOutEverywhere':
      return `signed out everywhere (${String(data.sessions ?? 0)} session${data.sessions === 1 ? '' : 's'} ended)`
    case 'account.passwordChanged':
      return `changed their password (${String(data.otherSessionsEnded ?? 0)} other session${data.otherSessionsEnded === 1 ? '' : 's'} ended)`
    case 'account.passwordReset':
      return 'reset their password with an emailed link (every session ended)'
    case 'account.twoFactorEnabled':
      return 'turned on two-factor authentication'
    case 'account.twoFactorDisabled':
      return 'turned off two-factor authentication'
    case 'account.twoFactorRemoved':
      return `removed the two-factor authentication of ${String(data.email ?? 'a user')} and ended their sessions (${String(data.by ?? 'platform operator')})`
    case 'account.recoveryCodeUsed':
      return `signed in with a recovery code (${String(data.left ?? 0)} left)`
    case 'account.recoveryCodesRenewed':
      return 'replaced their recovery codes with new ones'
    case 'tenant.twoFactorRequirementChanged':
      return data.required
        ? 'required two-factor authentication for everyone in this tenant'
        : 'stopped requiring two-factor authentication'
    case 'workspace.switched':
      return `switched to workspace ${String(data.name ?? '')}`
    case 'member.roleChanged':
      return `changed the role of ${String(data.email ?? 'a member')} from ${role(data.from)} to ${role(data.to)}`
    case 'member.removed':
      return `removed ${String(data.email ?? 'a member')} from the workspace`
    case 'tenantUser.roleChanged':
      return `changed the tenant role of ${String(data.email ?? 'a user')} from ${String(data.from).replace('tenant_', '')} to ${String(data.to).replace('tenant_', '')}`
    case 'tenantUser.disabled':
      return `disabled ${String(data.email ?? 'a user')} in this tenant`
    case 'tenantUser.enabled':
      return `re-enabled ${String(data.email ?? 'a user')} in this tenant`
    case 'tenantUser.removed':
      return `removed ${String(data.email ?? 'a user')} from this tenant`
    case 'account.disabled':
      return `disabled the account of ${String(data.email ?? 'a user')} everywhere (${String(data.by ?? 'platform operator')})`
    case 'account.enabled':
      return `re-enabled the account of ${String(data.email ?? 'a user')} (${String(data.by ?? 'platform operator')})`
    case 'tenant.workspaceLimitChanged':
      return `changed the workspace limit from ${String(data.from)} to ${String(data.to)}`
    case 'invitation.created':
      return `invited ${String(data.email ?? '')} as ${role(data.role)}`
    case 'invitation.resent':
      return `resent the invitation of ${String(data.email ?? '')}`
    case 'invitation.revoked':
      return `revoked the invitation of ${String(data.email ?? '')}`
    case 'invitation.accepted':
      return `accepted the invitation and joined as ${role(data.role)}`
    case 'member.added':
      return `added ${String(data.email ?? 'a member')} as ${role(data.role)}`
    default:
      return describeContentEvent(event.action, data) ?? describeCredentialEvent(event.action, data) ?? event.action
  }
}

const KIND_WORDS: Record<string, string> = { agent: 'agent', policy: 'policy' }
const resourceWords = (data: Data) =>
  `${KIND_WORDS[String(data.kind)] ?? 'resource'} ${String(data.name ?? data.key ?? '')} in ${String(data.environment ?? 'an environment')}`
const releaseWords = (data: Data) => `release "${String(data.title ?? '')}"`

/** Wording of the entries about environments, resources and releases. */
function describeContentEvent(action: string, data: Data): string | null {
  switch (action) {
    case 'environment.created':
      return `added environment ${String(data.name ?? '')}`
    case 'environment.updated': {
      const before = asObject(data.before)
      const after = asObject(data.after)
      const parts: string[] = []
      if ('name' in after) parts.push(`renamed environment ${String(before.name)} to ${String(after.name)}`)
      if ('isProtected' in after) parts.push(after.isProtected ? `protected ${String(data.name)}` : `unprotected ${String(data.name)}`)
      if ('releasesToId' in after) parts.push(`changed where ${String(data.name)} releases to`)
      if ('description' in after) parts.push(`changed the description of ${String(data.name)}`)
      return parts.join(', ') || `updated environment ${String(data.name ?? '')}`
    }
    case 'environment.moved':
      return `moved environment ${String(data.name ?? '')} from place ${String(data.from)} to ${String(data.to)}`
    case 'environment.deleted':
      return `deleted environment ${String(data.name ?? '')}`
    case 'environment.reviewRulesChanged':
      return `changed the review rules of ${String(data.name ?? '')}`
    case 'resource.created':
      return `created ${resourceWords(data)}`
    case 'resource.updated':
      return `edited ${resourceWords(data)} (revision ${String(data.revision)})`
    case 'resource.deleted':
      return `deleted ${resourceWords(data)}`
    case 'resource.restored':
      return `restored ${resourceWords(data)} to an earlier revision`
    case 'release.drafted':
      return `drafted ${releaseWords(data)}`
    case 'release.submitted':
      return `submitted ${releaseWords(data)} for review`
    case 'release.edited':
      return `edited ${releaseWords(data)}${Number(data.approvalsVoided) > 0 ? ', voiding its approvals' : ''}`
    case 'release.approved':
      return `approved ${releaseWords(data)} (${String(data.approvals)} of ${String(data.required)})`
    case 'release.rejected':
      return `rejected ${releaseWords(data)}`
    case 'release.withdrawn':
      return `withdrew ${releaseWords(data)}`
    case 'release.refreshed':
      return `refreshed ${releaseWords(data)} against its target`
    case 'release.markedStale':
      return `found ${releaseWords(data)} stale: its target changed since it was drafted`
    case 'release.rollbackProposed':
      return `proposed ${releaseWords(data)}, rolling ${String(data.to ?? '')} back to release #${String(data.rollbackOf)}`
    case 'release.applied':
      return `applied ${releaseWords(data)} to ${String(data.to ?? '')} as #${String(data.number)}`
    default:
      return null
  }
}

const credentialWords = (data: Data) => `provider credential ${String(data.name ?? '')}`
function limitWords(data: Data): string {
  const limits = [
    data.monthlyBudget != null && `budget ${String(data.monthlyBudget)} a month`,
    data.requestsPerMinute != null && `${String(data.requestsPerMinute)} requests a minute`,
  ].filter(Boolean)
  return limits.length > 0 ? ` (${limits.join(', ')})` : ''
}

/** Wording of the entries about AI provider credentials and the keys that seal them. */
function describeCredentialEvent(action: string, data: Data): string | null {
  switch (action) {
    case 'credential.added':
      return `added ${credentialWords(data)} (${String(data.provider ?? '')}, ${String(data.fingerprint ?? '')})`
    case 'credential.rotated':
      return `rotated the key of ${credentialWords(data)} (${String(data.from ?? '')} → ${String(data.to ?? '')})`
    case 'credential.disabled':
      return `disabled ${credentialWords(data)}`
    case 'credential.enabled':
      return `re-enabled ${credentialWords(data)}`
    case 'credential.deleted':
      return `deleted ${credentialWords(data)}`
    case 'credential.tested':
      return `tested ${credentialWords(data)}: ${data.verified ? 'the provider accepted the key' : `failing (${String(data.message ?? '')})`}`
    case 'credential.granted':
      return `granted ${credentialWords(data)} to ${String(data.workspace ?? '')}${limitWords(data)}`
    case 'credential.grantChanged':
      return `changed the limits of ${credentialWords(data)} in ${String(data.workspace ?? '')}${limitWords(data) || ' (none)'}`
    case 'credential.grantRevoked':
      return `revoked the grant of ${credentialWords(data)} to ${String(data.workspace ?? '')}`
    case 'apiKey.created': {
      const where = data.workspace ? `for ${String(data.workspace)}` : 'for every workspace'
      const scopes = Array.isArray(data.scopes) ? data.scopes.join(', ') : ''
      const by = data.by ? ` (${String(data.by)})` : ''
      return `created API key ${String(data.name ?? '')} (${String(data.start ?? '')}…) ${where}, scopes ${scopes}${by}`
    }
    case 'apiKey.revoked':
      return `revoked API key ${String(data.name ?? '')} (${String(data.start ?? '')}…)`
    case 'apiKey.rotated':
      return `rotated API key ${String(data.name ?? '')} (${String(data.from ?? '')}… → ${String(data.to ?? '')}…)`
    case 'encryption.dataKeyResealed':
      return `re-sealed the tenant’s data key under root key v${String(data.toVersion)} (was v${String(data.fromVersion)})`
    default:
      return null
  }
}
