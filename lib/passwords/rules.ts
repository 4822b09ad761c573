import { z } from 'zod'

/** The length a new password must have (the strength check in strength.ts comes on top). */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

/** A new password's shape; its strength is checked by the service (it needs the person's name and address). */
export const newPasswordField = z.string().max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
