import { z } from 'zod'
import { displayName, entityId, multilineText } from '@/lib/validation'

const inWorkspace = z.object({ workspaceId: entityId })
export const releaseTitle = displayName({ max: 120, required: 'Give the release a title.' })
export const releaseNotes = multilineText({ max: 2000 }).default('')
/** The changes picked from a comparison, as "kind:key". */
const pickedChanges = z.array(z.string().max(80)).min(1, 'Pick at least one change to release.')

export const draftReleaseInput = inWorkspace.extend({
  sourceEnvironmentId: entityId,
  title: releaseTitle,
  notes: releaseNotes,
  changes: pickedChanges,
  /** Submit for review at once rather than keep a draft. */
  submit: z.boolean().default(true),
})

export const releaseTargetInput = inWorkspace.extend({ releaseId: entityId })

export const editReleaseInput = releaseTargetInput.extend({ title: releaseTitle, notes: releaseNotes })

export const rejectReleaseInput = releaseTargetInput.extend({
  reason: multilineText({ max: 1000 }).pipe(z.string().min(1, 'Say why, so the author knows what to change.')),
})

export type DraftReleaseInput = z.output<typeof draftReleaseInput>
export type ReleaseTargetInput = z.output<typeof releaseTargetInput>
export type EditReleaseInput = z.output<typeof editReleaseInput>
export type RejectReleaseInput = z.output<typeof rejectReleaseInput>
