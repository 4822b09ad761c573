import { z } from 'zod'

const codeField = z.string().trim().min(1, 'Enter the code from your app.').max(40)

const passwordField = z.string().min(1, 'Enter your password.').max(1024)

export const confirmTwoFactorInput = z.object({ password: passwordField, code: codeField })
export const disableTwoFactorInput = z.object({ password: passwordField, code: codeField })
export const renewRecoveryCodesInput = z.object({ code: codeField })
export const twoFactorRequirementInput = z.object({ required: z.enum(['on', 'off']) })
