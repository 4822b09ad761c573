import { randomUUID } from 'node:crypto'
import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Db, Tx } from '@/lib/db/client'
import { fingerprintOf, PROVIDERS } from './catalog'
import { checkCredential, type CheckOutcome } from './check'
import { baseUrlProblem } from './endpoint'
import {
  addCredentialInput,
  credentialTarget,
  grantInput,
  revokeGrantInput,
  rotateCredentialInput,
  setCredentialEnabledInput,
} from './schema'

/**
 * AI provider credentials (docs/architecture.md §9): tenant-wide, the secret sealed with the
 * tenant's data key and bound to its row, never returned by any action or page after it is
 * saved. Workspaces use one only once granted it.
 */

/** The associated data of a credential's sealed secret: a copy on another row does not open. */
export const credentialAad = (tenantId: string, credentialId: string) => `provider-credential:${tenantId}:${credentialId}`

async function credentialOf(tx: Tx | Db, tenantId: string, credentialId: string) {
  const credential = await tx.providerCredential.findFirst({ where: { id: credentialId, tenantId } })
  return credential ?? refuse('NOT_FOUND', 'This credential was not found. It may have been deleted.')
}

async function refuseTakenName(tx: Tx, tenantId: string, name: string) {
  const taken = await tx.providerCredential.findFirst({ where: { tenantId, name: { equals: name, mode: 'insensitive' } } })
  if (taken) refuse('VALIDATION', undefined, { name: ['Another credential of this tenant has this name.'] })
}

/** Only what a page or an action result may carry: never the sealed secret. */
const summary = (credential: { id: string; name: string; provider: string; fingerprint: string }) => ({
  id: credential.id,
  name: credential.name,
  provider: credential.provider,
  fingerprint: credential.fingerprint,
})

export const addCredentialDefinition = defineAction({
  name: 'credential.add',
  input: addCredentialInput,
  permission: 'credentials.manage',
  async run(tx, { input, tenantId, actor, vault, settings, audit }) {
    const addressProblem = input.baseUrl ? baseUrlProblem(input.baseUrl, settings.allowLocalProviderUrls) : null
    if (addressProblem) refuse('VALIDATION', undefined, { baseUrl: [addressProblem] })
    await refuseTakenName(tx, tenantId, input.name)
    const id = randomUUID()
    const credential = await tx.providerCredential.create({
      data: {
        id,
        tenantId,
        provider: input.provider,
        name: input.name,
        baseUrl: input.baseUrl ?? null,
        sealedSecret: await vault.seal(credentialAad(tenantId, id), input.secret),
        fingerprint: fingerprintOf(input.secret),
        addedById: actor.userId,
      },
    })
    audit({
      action: 'credential.added',
      targetType: 'credential',
      targetId: id,
      data: { name: credential.name, provider: PROVIDERS[credential.provider].label, fingerprint: credential.fingerprint },
    })
    return summary(credential)
  },
})

/** Swaps the key in place, atomically: the old one is gone once this commits; the check starts over. */
export const rotateCredentialDefinition = defineAction({
  name: 'credential.rotate',
  input: rotateCredentialInput,
  permission: 'credentials.manage',
  async run(tx, { input, tenantId, vault, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    const fingerprint = fingerprintOf(input.secret)
    const updated = await tx.providerCredential.update({
      where: { id: credential.id },
      data: {
        sealedSecret: await vault.seal(credentialAad(tenantId, credential.id), input.secret),
        fingerprint,
        rotatedAt: new Date(),
        check: 'UNTESTED',
        checkMessage: '',
      },
    })
    audit({
      action: 'credential.rotated',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name, from: credential.fingerprint, to: fingerprint },
    })
    return summary(updated)
  },
})

export const setCredentialEnabledDefinition = defineAction({
  name: 'credential.setEnabled',
  input: setCredentialEnabledInput,
  permission: 'credentials.manage',
  async run(tx, { input, tenantId, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    if ((credential.disabledAt === null) === input.enabled) return summary(credential)
    const updated = await tx.providerCredential.update({
      where: { id: credential.id },
      data: { disabledAt: input.enabled ? null : new Date() },
    })
    audit({
      action: input.enabled ? 'credential.enabled' : 'credential.disabled',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name },
    })
    return summary(updated)
  },
})

/** Refused while any workspace is granted the credential (the database refuses too). */
export const deleteCredentialDefinition = defineAction({
  name: 'credential.delete',
  input: credentialTarget,
  permission: 'credentials.manage',
  async run(tx, { input, tenantId, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    const grants = await tx.providerGrant.count({ where: { credentialId: credential.id } })
    if (grants > 0) {
      refuse(
        'CREDENTIAL_IN_USE',
        `${grants} workspace${grants === 1 ? ' is' : 's are'} granted this credential. Revoke ${grants === 1 ? 'that grant' : 'those grants'} first.`,
      )
    }
    await tx.providerCredential.delete({ where: { id: credential.id } })
    audit({
      action: 'credential.deleted',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name, fingerprint: credential.fingerprint },
    })
    return { id: credential.id }
  },
})

interface PreparedCheck {
  outcome: CheckOutcome
  /** The key that was tried: a rotation meanwhile makes the outcome about a key that is gone. */
  fingerprint: string
  rotatedAt: Date | null
}

/**
 * "Test connection": asks the provider with the key, outside the tenant lock (it may take
 * seconds), then records the outcome under it, unless the key was rotated meanwhile.
 */
export const testCredentialDefinition = defineAction({
  name: 'credential.test',
  input: credentialTarget,
  permission: 'credentials.manage',
  async prepare(db, { input, tenantId, vault, settings }): Promise<PreparedCheck> {
    const credential = await credentialOf(db, tenantId, input.credentialId)
    const secret = await vault.open(credentialAad(tenantId, credential.id), credential.sealedSecret)
    const outcome = await checkCredential(
      { provider: credential.provider, baseUrl: credential.baseUrl, secret },
      settings.allowLocalProviderUrls,
    )
    return { outcome, fingerprint: credential.fingerprint, rotatedAt: credential.rotatedAt }
  },
  async run(tx, { input, tenantId, prepared, audit }) {
    const credential = await credentialOf(tx, tenantId, input.credentialId)
    if (credential.fingerprint !== prepared.fingerprint || credential.rotatedAt?.getTime() !== prepared.rotatedAt?.getTime()) {
      refuse('CONFLICT', 'The key was replaced while it was being tested. Test the new key.')
    }
    const now = new Date()
    const { verified, message } = prepared.outcome
    await tx.providerCredential.update({
      where: { id: credential.id },
      data: {
        check: verified ? 'VERIFIED' : 'FAILING',
        checkMessage: message,
        lastCheckedAt: now,
        ...(verified ? { lastVerifiedAt: now } : {}),
      },
    })
    audit({
      action: 'credential.tested',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name, verified, message },
    })
    return { verified, message }
  },
})

/** The credential and the workspace a grant names, both of the acting tenant. */
async function grantPlace(tx: Tx, scope: ActionScope<{ credentialId: string; workspaceId: string }>) {
  const credential = await credentialOf(tx, scope.tenantId, scope.input.credentialId)
  const workspace = await tx.workspace.findFirst({ where: { id: scope.input.workspaceId, tenantId: scope.tenantId } })
  if (!workspace) refuse('NOT_FOUND', 'This workspace was not found in this tenant.')
  return { credential, workspace }
}

/** Grants a credential to a workspace, or changes the grant's limits. */
export const grantCredentialDefinition = defineAction({
  name: 'credential.grant',
  input: grantInput,
  permission: 'credentials.manage',
  async run(tx, scope) {
    const { input, tenantId, audit } = scope
    const { credential, workspace } = await grantPlace(tx, scope)
    if (workspace.status === 'ARCHIVED') refuse('WORKSPACE_ARCHIVED')
    const limits = { monthlyBudget: input.monthlyBudget ?? null, requestsPerMinute: input.requestsPerMinute ?? null }
    const existing = await tx.providerGrant.findUnique({
      where: { credentialId_workspaceId: { credentialId: credential.id, workspaceId: workspace.id } },
    })
    if (existing && existing.monthlyBudget === limits.monthlyBudget && existing.requestsPerMinute === limits.requestsPerMinute)
      return limits
    await tx.providerGrant.upsert({
      where: { credentialId_workspaceId: { credentialId: credential.id, workspaceId: workspace.id } },
      create: { tenantId, credentialId: credential.id, workspaceId: workspace.id, ...limits },
      update: limits,
    })
    audit({
      action: existing ? 'credential.grantChanged' : 'credential.granted',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name, workspace: workspace.name, workspaceId: workspace.id, ...limits },
    })
    return limits
  },
})

export const revokeGrantDefinition = defineAction({
  name: 'credential.revokeGrant',
  input: revokeGrantInput,
  permission: 'credentials.manage',
  async run(tx, scope) {
    const { audit } = scope
    const { credential, workspace } = await grantPlace(tx, scope)
    const { count } = await tx.providerGrant.deleteMany({ where: { credentialId: credential.id, workspaceId: workspace.id } })
    if (count === 0) refuse('NOT_FOUND', `${workspace.name} is not granted this credential.`)
    audit({
      action: 'credential.grantRevoked',
      targetType: 'credential',
      targetId: credential.id,
      data: { name: credential.name, workspace: workspace.name, workspaceId: workspace.id },
    })
    return { workspaceId: workspace.id }
  },
})
