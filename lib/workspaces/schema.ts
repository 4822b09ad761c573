import { z } from 'zod'
import { displayName, entityId, multilineText, slugField } from '@/lib/validation'
import { WORKSPACE_COLOR_KEYS } from './palette'
import { SLUG_MAX_LENGTH } from '@/lib/validation/slug'

export const workspaceName = displayName({ max: 64, required: 'Enter a name.' })

export const workspaceDescription = multilineText({ max: 500 })

export const workspaceColor = z.enum(WORKSPACE_COLOR_KEYS, { message: 'Choose a colour from the palette.' })

export const workspaceSlug = slugField({ max: SLUG_MAX_LENGTH, required: 'Enter a slug.' })

/** What an action on one workspace names (restore, make default, switch to it). */
export const workspaceTargetInput = z.object({ workspaceId: entityId })
