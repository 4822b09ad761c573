import { z } from 'zod'
import { MAX_PASSWORD_LENGTH } from '@/lib/passwords/rules'

/** A new password's shape; its strength is checked by the service (it needs the person's name and address). */
export const newPasswordField = z.string().max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
  newPassword: newPasswordField,
})

export const requestResetInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address.').max(254).pipe(z.email('Enter an email address.')),
})

export const resetPasswordInput = z.object({
  token: z.string().min(1).max(200),
  newPassword: newPasswordField,
})
