import { z } from 'zod'
import { newPasswordField } from '@/lib/passwords/rules'
import { displayName } from '@/lib/validation'

/** The person's own fields, where an account is made (set-up, sign-up). */
export const accountEmail = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254))
export const accountName = displayName({ max: 100, required: 'Enter your name.' })

/** Signing up: the person's name, address and password (its strength is checked by the service). */
export const signUpInput = z.object({ name: accountName, email: accountEmail, password: newPasswordField })

/** A sign-up's link opened: its token, and the password chosen when signing up, typed again. */
export const completeSignUpInput = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(1, 'Type the password you chose when you signed up.').max(1024),
})

/** One address typed (asking for a reset link, or for a sign-up's link again). */
export const addressInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address.').max(254).pipe(z.email('Enter an email address.')),
})

export const resetPasswordInput = z.object({
  token: z.string().min(1).max(200),
  newPassword: newPasswordField,
})
