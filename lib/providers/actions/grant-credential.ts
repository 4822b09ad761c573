import { z } from 'zod'
import { defineAction } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import { wholeNumber } from '@/lib/resources/kinds/fields'
import { entityId } from '@/lib/validation'
import { credentialGrantChanged, credentialGranted } from '../audit-events'
import { grantPlace } from '../credentials'
import { blankAsAbsent, budgetText, credentialTarget, MANAGE_CREDENTIALS } from '../schema'

const optionalLimit = (label: string, max: number, read: (value: unknown) => unknown = (value) => value) =>
  z.preprocess((value) => blankAsAbsent(read(value)), wholeNumber({ min: 1, max, label }).optional())

export const grantCredentialInput = credentialTarget.extend({
  workspaceId: entityId,
  monthlyBudget: optionalLimit('the monthly budget', 10_000_000, budgetText),
  requestsPerMinute: optionalLimit('the requests per minute', 1_000_000),
})

/** Grants a credential to a workspace, or changes the grant's limits. */
export const grantCredential = defineAction({
  name: 'credential.grant',
  input: grantCredentialInput,
  ...MANAGE_CREDENTIALS,
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
    audit(existing ? credentialGrantChanged : credentialGranted, {
      targetId: credential.id,
      data: { name: credential.name, workspace: workspace.name, workspaceId: workspace.id, ...limits },
    })
    return limits
  },
})
