import { z } from 'zod'
import { displayName, entityId, multilineText } from '@/lib/validation'

/** The workspace a release action is aimed at: its permission is checked there. */
export const inWorkspace = z.object({ workspaceId: entityId })
export const releaseTitle = displayName({ max: 120, required: 'Give the release a title.' })
export const releaseNotes = multilineText({ max: 2000 }).default('')

/** What every action on one release names: the workspace, then the release in it. */
export const releaseTargetInput = inWorkspace.extend({ releaseId: entityId })

const inTheWorkspace = (input: { workspaceId: string }) => input.workspaceId

/** How the author's steps are declared: draft, edit, submit, withdraw, refresh, roll back. */
export const PROPOSE_RELEASES = { workspaceId: inTheWorkspace, permission: 'releases.propose' } as const

/** How the reviewers' steps are declared: approve, reject, apply. */
export const REVIEW_RELEASES = { workspaceId: inTheWorkspace, permission: 'releases.review' } as const
