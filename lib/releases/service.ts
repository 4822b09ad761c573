import { defineAction, type ActionScope } from '@/lib/actions/define-action'
import { refuse } from '@/lib/actions/errors'
import type { Tx } from '@/lib/db/client'
import type { AuditData } from '@/lib/audit/chain'
import type { Environment, Release } from '@/lib/generated/prisma/client'
import { nullableJson } from '@/lib/db/json'
import type { ReleaseStatus } from '@/lib/generated/prisma/enums'
import { environmentOf } from '@/lib/environments/load'
import { liveContent, type ContentEntry } from '@/lib/resources/content-hash'
import { compareContents, compareEnvironments, itemKey, type ComparedResource } from './compare'
import { approvalRefusal, isAuthorOf, reviewsInto } from '@/lib/authz/reviewers'
import { countedApprovals } from './reviewers'
import {
  draftReleaseInput,
  editReleaseInput,
  rejectReleaseInput,
  releaseTargetInput,
  type DraftReleaseInput,
  type EditReleaseInput,
  type RejectReleaseInput,
  type ReleaseTargetInput,
} from './schema'
import { OPEN_RELEASE_STATUSES as OPEN, RELEASE_STATUS_LABELS, SUBMITTED_RELEASE_STATUSES } from './status'

export function auditRelease(scope: ActionScope<unknown>, action: string, release: Release, data: AuditData = {}) {
  scope.audit({
    action,
    targetType: 'release',
    targetId: release.id,
    workspaceId: release.workspaceId,
    data: { title: release.title, ...data },
  })
}

/** The release an action names, in the workspace the action was authorised on, with its target. */
export async function releaseOf(tx: Tx, scope: ActionScope<{ releaseId: string }>) {
  const release = await tx.release.findFirst({ where: { id: scope.input.releaseId, workspaceId: scope.workspace!.id } })
  if (!release) return refuse('NOT_FOUND')
  const target = await tx.environment.findUniqueOrThrow({ where: { id: release.targetEnvironmentId } })
  return { release, target }
}

export function requireStatus(release: Release, allowed: readonly ReleaseStatus[], doing: string) {
  if (!allowed.includes(release.status)) {
    refuse('RELEASE_NOT_OPEN', `This release is ${RELEASE_STATUS_LABELS[release.status].toLowerCase()}: it cannot be ${doing}.`)
  }
}

function requireAuthor(scope: ActionScope<unknown>, release: Release, doing: string) {
  if (!isAuthorOf(scope.actor, release)) refuse('FORBIDDEN', `Only the author of a release can ${doing} it.`)
}

/** Approving and applying: the target's reviewer rule, and never one's own unless it allows that (lib/authz/reviewers.ts). */
export function requireApprover(scope: ActionScope<unknown>, release: Release, target: Environment) {
  const refusal = approvalRefusal(scope.actor, release, target)
  if (refusal) refuse(refusal)
}

/** The content a release proposes right now: the source's picked resources, or for a rollback the earlier snapshot. */
async function proposal(
  tx: Tx,
  release: Pick<Release, 'sourceEnvironmentId' | 'targetEnvironmentId' | 'rollbackOfId'>,
  picked?: Set<string>,
) {
  if (release.rollbackOfId) {
    const earlier = await tx.release.findUniqueOrThrow({ where: { id: release.rollbackOfId } })
    const changes = compareContents(earlier.snapshot as unknown as ContentEntry[], await liveContent(tx, release.targetEnvironmentId))
    return changes.filter((change) => change.status !== 'unchanged')
  }
  const changes = await compareEnvironments(tx, release.sourceEnvironmentId, release.targetEnvironmentId)
  return changes.filter((change) => change.status !== 'unchanged' && (!picked || picked.has(itemKey(change))))
}

/** Freezes each change: the proposed spec and the target's spec as they are now. */
async function freezeItems(tx: Tx, release: Release, changes: ComparedResource[]) {
  await tx.releaseItem.deleteMany({ where: { releaseId: release.id } })
  await tx.releaseItem.createMany({
    data: changes.map((change) => ({
      tenantId: release.tenantId,
      workspaceId: release.workspaceId,
      releaseId: release.id,
      kind: change.kind,
      key: change.key,
      change: change.status as 'new' | 'changed' | 'removed',
      spec: nullableJson(change.proposed),
      baseSpec: nullableJson(change.current),
    })),
  })
}

/** A submitted release waits for approvals, unless its target requires none. */
const submittedStatus = (target: Environment): ReleaseStatus => (target.requiredApprovals === 0 ? 'approved' : 'in_review')

/** Drafts a release of picked changes from an environment to its promotion target. */
export async function draftRelease(tx: Tx, scope: ActionScope<DraftReleaseInput>) {
  const source = await environmentOf(tx, scope, scope.input.sourceEnvironmentId)
  if (!source.releasesToId) return refuse('NO_PROMOTION_TARGET')
  const target = await tx.environment.findUniqueOrThrow({ where: { id: source.releasesToId } })
  const place = { sourceEnvironmentId: source.id, targetEnvironmentId: target.id, rollbackOfId: null }
  const changes = await proposal(tx, place, new Set(scope.input.changes))
  if (changes.length === 0) refuse('NOTHING_TO_RELEASE')
  const status = scope.input.submit ? submittedStatus(target) : 'draft'
  const release = await tx.release.create({
    data: {
      tenantId: source.tenantId,
      workspaceId: source.workspaceId,
      ...place,
      title: scope.input.title,
      notes: scope.input.notes,
      status,
      authorId: scope.actor.userId,
      submittedAt: scope.input.submit ? new Date() : null,
    },
  })
  await freezeItems(tx, release, changes)
  auditRelease(scope, scope.input.submit ? 'release.submitted' : 'release.drafted', release, {
    from: source.slug,
    to: target.slug,
    changes: changes.map(itemKey),
  })
  return { id: release.id, status, target: target.slug }
}

/** Edits a release's title and notes. A submitted release goes back to review: its approvals are void. */
export async function editRelease(tx: Tx, scope: ActionScope<EditReleaseInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, OPEN, 'edited')
  requireAuthor(scope, release, 'edit')
  const voided = await tx.releaseApproval.deleteMany({ where: { releaseId: release.id } })
  const status: ReleaseStatus = release.status === 'draft' || release.status === 'stale' ? release.status : submittedStatus(target)
  const updated = await tx.release.update({
    where: { id: release.id },
    data: { title: scope.input.title, notes: scope.input.notes, status },
  })
  auditRelease(scope, 'release.edited', updated, { approvalsVoided: voided.count })
  return { id: release.id, status, approvalsVoided: voided.count }
}

export async function submitRelease(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, ['draft'], 'submitted')
  requireAuthor(scope, release, 'submit')
  const status = submittedStatus(target)
  const updated = await tx.release.update({ where: { id: release.id }, data: { status, submittedAt: new Date() } })
  auditRelease(scope, 'release.submitted', updated)
  return { id: release.id, status }
}

/** Records one reviewer's approval; the release is approved once it has as many as its target requires. */
export async function approveRelease(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, ['in_review', 'approved'], 'approved')
  requireApprover(scope, release, target)
  const already = await tx.releaseApproval.findUnique({
    where: { releaseId_reviewerId: { releaseId: release.id, reviewerId: scope.actor.userId } },
  })
  if (already) refuse('ALREADY_APPROVED')
  await tx.releaseApproval.create({
    data: { tenantId: release.tenantId, workspaceId: release.workspaceId, releaseId: release.id, reviewerId: scope.actor.userId },
  })
  const approvals = await countedApprovals(tx, release, target)
  const status: ReleaseStatus = approvals >= target.requiredApprovals ? 'approved' : 'in_review'
  const updated = await tx.release.update({ where: { id: release.id }, data: { status } })
  auditRelease(scope, 'release.approved', updated, { approvals, required: target.requiredApprovals })
  return { id: release.id, status, approvals, required: target.requiredApprovals }
}

export async function rejectRelease(tx: Tx, scope: ActionScope<RejectReleaseInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, SUBMITTED_RELEASE_STATUSES, 'rejected')
  if (!reviewsInto(scope.actor, target)) refuse('NOT_A_REVIEWER')
  const updated = await tx.release.update({ where: { id: release.id }, data: { status: 'rejected', rejectionReason: scope.input.reason } })
  auditRelease(scope, 'release.rejected', updated, { reason: scope.input.reason })
  return { id: release.id, status: updated.status }
}

export async function withdrawRelease(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release } = await releaseOf(tx, scope)
  requireStatus(release, OPEN, 'withdrawn')
  requireAuthor(scope, release, 'withdraw')
  const updated = await tx.release.update({ where: { id: release.id }, data: { status: 'withdrawn' } })
  auditRelease(scope, 'release.withdrawn', updated)
  return { id: release.id, status: updated.status }
}

/**
 * Re-freezes an open release against the current state of both sides (after the target
 * changed, it was stale). Its approvals are void: what reviewers approved has changed.
 */
export async function refreshRelease(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release, target } = await releaseOf(tx, scope)
  requireStatus(release, OPEN, 'refreshed')
  requireAuthor(scope, release, 'refresh')
  const picked = new Set((await tx.releaseItem.findMany({ where: { releaseId: release.id } })).map(itemKey))
  const changes = await proposal(tx, release, release.rollbackOfId ? undefined : picked)
  if (changes.length === 0)
    refuse('NOTHING_TO_RELEASE', 'Nothing left to release: the target already holds this content. Withdraw the release.')
  const voided = await tx.releaseApproval.deleteMany({ where: { releaseId: release.id } })
  const status = release.status === 'draft' ? 'draft' : submittedStatus(target)
  const updated = await tx.release.update({ where: { id: release.id }, data: { status } })
  await freezeItems(tx, updated, changes)
  auditRelease(scope, 'release.refreshed', updated, { changes: changes.map(itemKey), approvalsVoided: voided.count })
  return { id: release.id, status }
}

/** Proposes a release that brings an environment back to an earlier applied release's content. */
export async function proposeRollback(tx: Tx, scope: ActionScope<ReleaseTargetInput>) {
  const { release: earlier, target } = await releaseOf(tx, scope)
  if (earlier.status !== 'applied') refuse('RELEASE_NOT_OPEN', 'Only an applied release can be rolled back to.')
  const place = { sourceEnvironmentId: target.id, targetEnvironmentId: target.id, rollbackOfId: earlier.id }
  const changes = await proposal(tx, place)
  if (changes.length === 0) refuse('NOTHING_TO_RELEASE', `${target.name} already holds the content of release #${earlier.number}.`)
  const status = submittedStatus(target)
  const rollback = await tx.release.create({
    data: {
      tenantId: target.tenantId,
      workspaceId: target.workspaceId,
      ...place,
      title: `Roll back ${target.name} to #${earlier.number}`,
      notes: `Restores the content ${target.name} had after release #${earlier.number} (${earlier.title}).`,
      status,
      authorId: scope.actor.userId,
      submittedAt: new Date(),
    },
  })
  await freezeItems(tx, rollback, changes)
  auditRelease(scope, 'release.rollbackProposed', rollback, { to: target.slug, rollbackOf: earlier.number, changes: changes.map(itemKey) })
  return { id: rollback.id, status }
}

const proposing = { workspaceId: (input: { workspaceId: string }) => input.workspaceId, permission: 'releases.propose' } as const
const reviewing = { workspaceId: (input: { workspaceId: string }) => input.workspaceId, permission: 'releases.review' } as const

export const draftReleaseDefinition = defineAction({ name: 'release.draft', input: draftReleaseInput, ...proposing, run: draftRelease })
export const editReleaseDefinition = defineAction({ name: 'release.edit', input: editReleaseInput, ...proposing, run: editRelease })
export const submitReleaseDefinition = defineAction({ name: 'release.submit', input: releaseTargetInput, ...proposing, run: submitRelease })
export const withdrawReleaseDefinition = defineAction({
  name: 'release.withdraw',
  input: releaseTargetInput,
  ...proposing,
  run: withdrawRelease,
})
export const refreshReleaseDefinition = defineAction({
  name: 'release.refresh',
  input: releaseTargetInput,
  ...proposing,
  run: refreshRelease,
})
export const proposeRollbackDefinition = defineAction({
  name: 'release.rollback',
  input: releaseTargetInput,
  ...proposing,
  run: proposeRollback,
})
export const approveReleaseDefinition = defineAction({
  name: 'release.approve',
  input: releaseTargetInput,
  ...reviewing,
  run: approveRelease,
})
export const rejectReleaseDefinition = defineAction({ name: 'release.reject', input: rejectReleaseInput, ...reviewing, run: rejectRelease })
