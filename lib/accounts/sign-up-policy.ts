import { z } from 'zod'
import type { Instance, SignUpPolicy } from '@/lib/generated/prisma/client'

/** Each sign-up policy: its value, how operators name it on the command line, and how people read it. */
export const SIGN_UP_POLICIES: readonly { value: SignUpPolicy; option: string; label: string }[] = [
  { value: 'invitations_only', option: 'invitations-only', label: 'invitations only' },
  { value: 'open', option: 'open', label: 'open to anyone' },
  { value: 'listed_domains', option: 'listed-domains', label: 'open to listed email domains' },
]

/** A domain whose addresses may sign up: "example.com", lower-case, no "@". */
export const signUpDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Name a domain such as example.com.')

/** Whether this instance lets anyone sign up at all (the sign-in page then offers it). */
export const signUpOpen = (instance: Pick<Instance, 'signUpPolicy'>) => instance.signUpPolicy !== 'invitations_only'

/** Whether an address may sign up here; the domain is the part after the last "@". */
export function maySignUp(instance: Pick<Instance, 'signUpPolicy' | 'signUpDomains'>, email: string): boolean {
  if (instance.signUpPolicy === 'open') return true
  if (instance.signUpPolicy === 'invitations_only') return false
  return instance.signUpDomains.includes(email.slice(email.lastIndexOf('@') + 1))
}
