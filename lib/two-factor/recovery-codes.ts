import { createHash, randomInt } from 'node:crypto'

export const RECOVERY_CODE_COUNT = 10
// No 0/o, 1/l/i: a code copied onto paper reads back unambiguously. 31 letters ^ 16 ≈ 79 bits.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const LENGTH = 16

/** Ten fresh codes as the person sees them: four groups of four. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return chars.match(/.{4}/g)!.join('-')
  })
}

/** How a code is stored: SHA-256 of its letters (case, spaces and dashes as typed do not matter). */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, '')
  return createHash('sha256').update(`atrium-recovery:${normalised}`).digest('hex')
}

/** Whether what was typed looks like a recovery code rather than a six-digit one. */
export const looksLikeRecoveryCode = (typed: string) => typed.replace(/[^a-z0-9]/gi, '').length === LENGTH
