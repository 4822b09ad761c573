import { z } from 'zod'

/** A six-digit code from the app, or a recovery code. */
export const codeField = z.string().trim().min(1, 'Enter the code from your app.').max(40)

export const passwordField = z.string().min(1, 'Enter your password.').max(1024)
