import { createHash, randomBytes } from 'node:crypto'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A new single-use token: the link carries it, the database keeps only its hash. */
export function newInvitationToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
