import { z } from 'zod'
import { newPasswordField } from '@/lib/passwords/rules'

export const requestResetInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address.').max(254).pipe(z.email('Enter an email address.')),
})

export const resetPasswordInput = z.object({
  token: z.string().min(1).max(200),
  newPassword: newPasswordField,
})
