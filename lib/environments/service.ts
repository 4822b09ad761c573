import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import { fieldChanges } from '@/lib/audit/changes'
import type { AuditData } from '@/lib/audit/chain'
import type { Environment } from '@/lib/generated/prisma/client'
import { plural } from '@/lib/format/plural'
import { eligibleReviewerCount, REVIEWER_RULES } from '@/lib/releases/reviewers'
import { environmentOf } from './load'
import { environmentUsage } from './queries'
import {
  createEnvironmentInput,
  deleteEnvironmentInput,
  moveEnvironmentInput,
  reviewRulesInput,
  updateEnvironmentInput,
  type CreateEnvironmentInput,
  type DeleteEnvironmentInput,
  type MoveEnvironmentInput,
  type ReviewRulesInput,
  type UpdateEnvironmentInput,
} from './schema'

function auditEnvironment(scope: ActionScope<unknown>, action: string, environment: Environment, data: AuditData = {}) {
  scope.audit({
    action,
    targetType: 'environment',
    targetId: environment.id,
    workspaceId: environment.workspaceId,
    data: { name: environment.name, slug: environment.slug, ...data },
  })
}

/** Checks a promotion target: another environment of the workspace, without making a cycle. */
async function checkPromotionTarget(tx: Tx, workspaceId: string, environmentId: string | null, targetId: string | null) {
  if (!targetId) return
  const environments = await tx.environment.findMany({ where: { workspaceId }, select: { id: true, releasesToId: true } })
  const next = new Map(environments.map((environment) => [environment.id, environment.releasesToId]))
  if (!next.has(targetId)) refuse('VALIDATION', undefined, { releasesToId: ['Choose an environment of this workspace.'] })
  if (targetId === environmentId) refuse('VALIDATION', undefined, { releasesToId: ['An environment cannot release to itself.'] })
  // Follow the chain from the target; reaching this environment means a circle.
  const seen = new Set<string>()
  for (let step: string | null | undefined = targetId; step && !seen.has(step); step = next.get(step)) {
    if (step === environmentId) refuse('VALIDATION', undefined, { releasesToId: ['This would make releases go round in a circle.'] })
    seen.add(step)
  }
}

export async function createEnvironment(tx: Tx, scope: ActionScope<CreateEnvironmentInput>) {
  const workspace = scope.workspace!
  const { name, slug, description, releasesToId, isProtected } = scope.input
  if (await tx.environment.findUnique({ where: { workspaceId_slug: { workspaceId: workspace.id, slug } } })) {
    refuse('VALIDATION', undefined, { slug: ['This workspace already has an environment with this slug.'] })
  }
  await checkPromotionTarget(tx, workspace.id, null, releasesToId)
  const last = await tx.environment.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } })
  const environment = await tx.environment.create({
    data: {
      tenantId: workspace.tenantId,
      workspaceId: workspace.id,
      name,
      slug,
      description,
      releasesToId,
      isProtected,
      position: (last._max.position ?? -1) + 1,
    },
  })
  auditEnvironment(scope, 'environment.created', environment, { isProtected, releasesToId })
  return { id: environment.id, slug: environment.slug, name: environment.name }
}

export async function updateEnvironment(tx: Tx, scope: ActionScope<UpdateEnvironmentInput>) {
  const environment = await environmentOf(tx, scope, scope.input.environmentId)
  const { name, description, releasesToId, isProtected } = scope.input
  await checkPromotionTarget(tx, environment.workspaceId, environment.id, releasesToId)
  const { changed, before, after } = fieldChanges(environment, { name, description, releasesToId, isProtected })
  if (changed.length === 0) return { id: environment.id, name: environment.name, changed }
  const updated = await tx.environment.update({ where: { id: environment.id }, data: after })
  auditEnvironment(scope, 'environment.updated', updated, { before, after })
  return { id: updated.id, name: updated.name, changed }
}

/** Moves an environment one place up or down the workspace's order. */
export async function moveEnvironment(tx: Tx, scope: ActionScope<MoveEnvironmentInput>) {
  const environment = await environmentOf(tx, scope, scope.input.environmentId)
  const ordered = await tx.environment.findMany({
    where: { workspaceId: environment.workspaceId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  })
  const from = ordered.findIndex((candidate) => candidate.id === environment.id)
  const to = scope.input.direction === 'up' ? from - 1 : from + 1
  if (to < 0 || to >= ordered.length)
    refuse('VALIDATION', `${environment.name} is already ${scope.input.direction === 'up' ? 'first' : 'last'}.`)
  ordered.splice(to, 0, ...ordered.splice(from, 1))
  for (const [position, candidate] of ordered.entries()) {
    if (candidate.position !== position) await tx.environment.update({ where: { id: candidate.id }, data: { position } })
  }
  auditEnvironment(scope, 'environment.moved', environment, { from: from + 1, to: to + 1 })
  return { id: environment.id, name: environment.name, position: to + 1 }
}

/** Deletes an empty, unprotected environment with no release history. */
export async function deleteEnvironment(tx: Tx, scope: ActionScope<DeleteEnvironmentInput>) {
  const environment = await environmentOf(tx, scope, scope.input.environmentId)
  if (scope.input.confirmSlug !== environment.slug) {
    refuse('VALIDATION', undefined, { confirmSlug: [`Type ${environment.slug} to confirm.`] })
  }
  if (environment.isProtected) refuse('ENVIRONMENT_PROTECTED', `${environment.name} is protected. Unprotect it first if it really must go.`)
  if ((await environmentUsage(tx, environment.id)).inUse) refuse('ENVIRONMENT_IN_USE')
  // Environments that released to it now release nowhere.
  await tx.environment.updateMany({ where: { releasesToId: environment.id }, data: { releasesToId: null } })
  await tx.environment.delete({ where: { id: environment.id } })
  auditEnvironment(scope, 'environment.deleted', environment)
  return { id: environment.id, name: environment.name }
}

/**
 * Sets who reviews releases into an environment and how many approvals they need. A rule
 * nobody could satisfy is refused: the approvals must not exceed the people allowed to
 * give them (minus the author, when authors may not approve their own).
 */
export async function setReviewRules(tx: Tx, scope: ActionScope<ReviewRulesInput>) {
  const environment = await environmentOf(tx, scope, scope.input.environmentId)
  const { requiredApprovals, allowSelfApproval, reviewers } = scope.input
  const eligible = await eligibleReviewerCount(tx, environment, reviewers)
  const possible = allowSelfApproval ? eligible : eligible - 1
  if (requiredApprovals > Math.max(possible, 0)) {
    const who = REVIEWER_RULES[reviewers].toLowerCase()
    const people = plural(eligible, 'person', 'people')
    refuse('VALIDATION', undefined, {
      requiredApprovals: [
        allowSelfApproval
          ? `Only ${people} (${who}) can review here: require at most ${possible}.`
          : `Only ${people} (${who}) can review here, and an author may not approve their own release: require at most ${Math.max(possible, 0)}.`,
      ],
    })
  }
  const { changed, before, after } = fieldChanges(environment, { requiredApprovals, allowSelfApproval, reviewers })
  if (changed.length === 0) return { id: environment.id, name: environment.name, changed }
  await tx.environment.update({ where: { id: environment.id }, data: after })
  auditEnvironment(scope, 'environment.reviewRulesChanged', environment, { before, after })
  return { id: environment.id, name: environment.name, changed }
}

const manage = { workspaceId: (input: { workspaceId: string }) => input.workspaceId, permission: 'environments.manage' } as const

export const createEnvironmentDefinition = defineAction({
  name: 'environment.create',
  input: createEnvironmentInput,
  ...manage,
  run: createEnvironment,
})
export const updateEnvironmentDefinition = defineAction({
  name: 'environment.update',
  input: updateEnvironmentInput,
  ...manage,
  run: updateEnvironment,
})
export const moveEnvironmentDefinition = defineAction({
  name: 'environment.move',
  input: moveEnvironmentInput,
  ...manage,
  run: moveEnvironment,
})
export const deleteEnvironmentDefinition = defineAction({
  name: 'environment.delete',
  input: deleteEnvironmentInput,
  ...manage,
  run: deleteEnvironment,
})
export const setReviewRulesDefinition = defineAction({
  name: 'environment.setReviewRules',
  input: reviewRulesInput,
  ...manage,
  run: setReviewRules,
})
