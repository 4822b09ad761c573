import { z } from 'zod'
import { WORKSPACE_COLOR_KEYS } from './palette'

export const workspaceName = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(64, 'Use at most 64 characters.')

export const workspaceDescription = z.string().trim().max(500, 'Use at most 500 characters.')

export const workspaceColor = z.enum(WORKSPACE_COLOR_KEYS, { message: 'Choose a colour from the palette.' })

export const workspaceSettingsInput = z.object({
  workspaceId: z.string().min(1),
  name: workspaceName,
  description: workspaceDescription.default(''),
  color: workspaceColor,
})

export type WorkspaceSettingsInput = z.output<typeof workspaceSettingsInput>
