/** The length a new password must have (the strength check in strength.ts comes on top). */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200
