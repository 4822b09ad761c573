import { randomBytes } from 'node:crypto'
import { sha256Hex } from '@/lib/crypto/digest'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A new single-use token: the link carries it, the database keeps only its hash. */
export function newInvitationToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

export const hashInvitationToken = sha256Hex
