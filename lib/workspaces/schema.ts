import { z } from 'zod'
import { displayName, entityId, multilineText, slugField } from '@/lib/validation'
import { WORKSPACE_COLOR_KEYS } from './palette'
import { SLUG_MAX_LENGTH } from './slug'

export const workspaceName = displayName({ max: 64, required: 'Enter a name.' })

export const workspaceDescription = multilineText({ max: 500 })

export const workspaceColor = z.enum(WORKSPACE_COLOR_KEYS, { message: 'Choose a colour from the palette.' })

export const workspaceSettingsInput = z.object({
  workspaceId: entityId,
  name: workspaceName,
  description: workspaceDescription.default(''),
  color: workspaceColor,
})

export type WorkspaceSettingsInput = z.output<typeof workspaceSettingsInput>

export const workspaceSlug = slugField({ max: SLUG_MAX_LENGTH, required: 'Enter a slug.' })

export const createWorkspaceInput = z.object({
  name: workspaceName,
  slug: workspaceSlug,
  description: workspaceDescription.default(''),
  color: workspaceColor,
})

export const workspaceTargetInput = z.object({ workspaceId: entityId })

export const archiveWorkspaceInput = workspaceTargetInput.extend({
  /** The workspace's slug (plain ASCII, unlike some names), typed by the person to confirm. */
  confirmSlug: z.string(),
})

export type CreateWorkspaceInput = z.output<typeof createWorkspaceInput>
export type WorkspaceTargetInput = z.output<typeof workspaceTargetInput>
export type ArchiveWorkspaceInput = z.output<typeof archiveWorkspaceInput>
